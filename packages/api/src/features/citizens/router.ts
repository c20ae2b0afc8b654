import { z } from 'zod';
import { ZCitizenInput, ZCitizenListInput, ZCprNumber, ZId } from '@skranke/domain';
import { counterProcedure, router } from '../../trpc.js';
import { ZCitizen, ZCitizenCard, ZCitizenList, ZCitizenListItem } from './outputs.js';
import { lookUpCitizen, readCitizen, readCitizenCard, registerCitizen, searchCitizens, updateCitizenRecord } from './services.js';

export const citizensRouter = router({
  list: counterProcedure.input(ZCitizenListInput).output(ZCitizenList).query(({ ctx, input }) => searchCitizens(ctx.db, ctx.staff, input, ctx.now())),

  lookup: counterProcedure
    .input(z.object({ cpr: ZCprNumber }))
    .output(ZCitizenCard.nullable())
    .query(({ ctx, input }) => lookUpCitizen(ctx.db, ctx.staff, input.cpr, ctx.now())),

  card: counterProcedure.input(ZId).output(ZCitizenCard).query(({ ctx, input }) => readCitizenCard(ctx.db, ctx.staff, input.id, ctx.now())),

  get: counterProcedure
    .input(ZId.extend({ purpose: z.string().trim().max(200).optional() }))
    .output(ZCitizen)
    .query(({ ctx, input }) => readCitizen(ctx.db, ctx.staff, input, ctx.now())),

  create: counterProcedure.input(ZCitizenInput).output(ZCitizenListItem).mutation(({ ctx, input }) => registerCitizen(ctx.db, ctx.staff, input, ctx.now())),

  update: counterProcedure
    .input(ZId.extend({ data: ZCitizenInput }))
    .output(ZCitizenListItem)
    .mutation(({ ctx, input }) => updateCitizenRecord(ctx.db, ctx.staff, input, ctx.now())),
});
