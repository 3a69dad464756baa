from lib import F, P, ch, emit

TEXT = """Hiến máu tình nguyện
Cần Thơ tiếp nhận hơn 31.000 đơn vị máu trong năm 2024
Thứ Bảy, 14/12/2024 - 10:45 (GMT+7)

MINH KHANG

Năm 2024, Ban Chỉ đạo vận động hiến máu tình nguyện TP Cần Thơ đã tổ chức 186 buổi hiến máu, tiếp nhận 31.452 đơn vị máu, đạt 104,8% kế hoạch, tăng 6,3% so với năm 2023. Trong đó, lực lượng đoàn viên, thanh niên, sinh viên hiến 17.820 đơn vị, chiếm 56,7% tổng lượng máu tiếp nhận.

Tỷ lệ người hiến máu nhắc lại đạt 38,5%. Số người hiến tiểu cầu gấp 2,4 lần năm 2023. Với kết quả này, Cần Thơ tiếp tục đứng thứ 2 trong 13 tỉnh, thành phố khu vực Đồng bằng sông Cửu Long về số đơn vị máu tiếp nhận.

Lễ hội Xuân hồng lần thứ 17 và Ngày hội "Chủ nhật Đỏ" là hai đợt cao điểm, tiếp nhận lần lượt 2.350 và 1.980 đơn vị máu. Kết quả theo quận, huyện như sau:

Kết quả tiếp nhận máu theo quận, huyện năm 2024
Đơn vị tính: đơn vị máu
Quận, huyện | Kế hoạch | Thực hiện | Tỷ lệ (%)
Ninh Kiều | 6.500 | 7.012 | 107,9
Cái Răng | 2.800 | 2.935 | 104,8
Bình Thủy | 2.600 | 2.471 | 95,0
Thốt Nốt | 2.400 | 2.566 | 106,9
Phong Điền | 1.500 | 1.620 | 108,0

Theo Trung tâm Huyết học - Truyền máu (số 4 Châu Văn Liêm, quận Ninh Kiều), năm 2025 thành phố dự kiến cần tiếp nhận ít nhất 33.000 đơn vị máu. Người dân đăng ký hiến máu xin liên hệ số điện thoại 0292.3820.386 trong giờ hành chính.
"""

N = P("Năm 2024", "2024-01-01", "2024-12-31")
Ni = P("năm 2024", "2024-01-01", "2024-12-31", inh=True)
T = P("năm 2024", "2024-01-01", "2024-12-31", inh=True)  # table: year only in the caption line

def cells(row, plan, plan_a, done, done_a, rate, rate_a):
    return [
        F(plan_a, plan, float(plan.replace(".", "")), "count", "đơn vị máu", "kế hoạch tiếp nhận máu", T,
          status="target", location=row),
        F(done_a, done, float(done.replace(".", "")), "count", "đơn vị máu", "thực hiện tiếp nhận máu", T, location=row),
        F(rate_a, rate, float(rate.replace(",", ".")), "percent", "%", "tỷ lệ thực hiện tiếp nhận máu", T, location=row),
    ]

FIGS = [
    F("hơn 31.000 đơn vị máu", "31.000", 31000, "count", "đơn vị máu", "đơn vị máu tiếp nhận",
      P("trong năm 2024", "2024-01-01", "2024-12-31"), approx="over"),
    F("tổ chức 186 buổi", "186", 186, "count", "buổi hiến máu", "buổi hiến máu tổ chức", N),
    F("tiếp nhận 31.452 đơn vị máu", "31.452", 31452, "count", "đơn vị máu", "đơn vị máu tiếp nhận", N,
      percent=104.8, change=ch("increase", 6.3, baseline="năm 2023")),
    F("hiến 17.820 đơn vị", "17.820", 17820, "count", "đơn vị", "đơn vị máu do đoàn viên, thanh niên, sinh viên hiến", Ni,
      total=31452, percent=56.7),
    F("đạt 38,5%", "38,5", 38.5, "percent", "%", "tỷ lệ người hiến máu nhắc lại", Ni),
    F("gấp 2,4 lần", "2,4", 2.4, "multiple", "lần", "số người hiến tiểu cầu", Ni),
    F("đứng thứ 2 trong 13", "2", 2, "rank", "hạng", "số đơn vị máu tiếp nhận", Ni, total=13),
    F("lần thứ 17", "17", 17, "count", "lần", optional=True),
    F("là hai đợt cao điểm", "hai", 2, "count", "đợt", "đợt cao điểm hiến máu", Ni, optional=True),
    F("lần lượt 2.350", "2.350", 2350, "count", "đơn vị máu", "đơn vị máu tiếp nhận Lễ hội Xuân hồng", Ni),
    F("và 1.980 đơn vị máu", "1.980", 1980, "count", "đơn vị máu", "đơn vị máu tiếp nhận Ngày hội Chủ nhật Đỏ", Ni),
] + cells("Ninh Kiều", "6.500", "Ninh Kiều | 6.500", "7.012", "7.012", "107,9", "107,9") \
  + cells("Cái Răng", "2.800", "2.800", "2.935", "2.935", "104,8", "2.935 | 104,8") \
  + cells("Bình Thủy", "2.600", "2.600", "2.471", "2.471", "95,0", "95,0") \
  + cells("Thốt Nốt", "2.400", "2.400", "2.566", "2.566", "106,9", "106,9") \
  + cells("Phong Điền", "1.500", "1.500", "1.620", "1.620", "108,0", "108,0") + [
    F("ít nhất 33.000 đơn vị máu", "33.000", 33000, "count", "đơn vị máu", "đơn vị máu cần tiếp nhận",
      P("năm 2025", "2025-01-01", "2025-12-31"), approx="at_least", status="forecast"),
]

COMMENTS = [
    "National-press style (section tag, headline, 'Thứ Bảy, 14/12/2024 - 10:45 (GMT+7)', byline): Cần Thơ blood donation results 2024 with a flattened '|' table.",
    "Distractors: '(GMT+7)', 'Lễ hội Xuân hồng lần thứ 17' (edition: optional), 'Chủ nhật Đỏ', address 'số 4 Châu Văn Liêm, quận Ninh Kiều'",
    "(a place in an address gives no figure and no location), phone 0292.3820.386, 'Đơn vị tính' line.",
    "'31.452 đơn vị máu, đạt 104,8% kế hoạch, tăng 6,3% so với năm 2023': percent + change. 'Trong đó … 17.820 đơn vị, chiếm 56,7%': total + percent.",
    "'gấp 2,4 lần năm 2023' stands alone as the claim: a multiple. 'đứng thứ 2 trong 13 tỉnh, thành phố': rank with total 13.",
    "'lần lượt 2.350 và 1.980': two figures, one per event. Table: every cell a figure; row = district (location); 'Kế hoạch' column status target;",
    "no attributes on table cells (the rate column cells are figures of their own); the year is only in the caption, so periods are inherited.",
    "'năm 2025 … dự kiến cần tiếp nhận ít nhất 33.000': forecast, at_least.",
]

emit("p432-2", TEXT, COMMENTS, FIGS, published="2024-12-14", location="Cần Thơ")
