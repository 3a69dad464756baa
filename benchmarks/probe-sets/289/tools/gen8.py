from lib import *
T = """BÁO QUẢNG NGÃI ĐIỆN TỬ
Xã hội | Lao động - Việc làm

Giải ngân vốn đào tạo nghề còn chậm
Cập nhật lúc 15:42 08/10/2024

(Baoquangngai.vn) - Năm 2024, tổng dự toán kinh phí cho giáo dục nghề nghiệp và đào tạo nghề trên địa bàn tỉnh là 96,8 tỷ đồng, tăng 12,6% so với năm 2023. Tuy nhiên, tính đến ngày 30/9/2024, mới giải ngân được 41,3 tỷ đồng, đạt 42,7% dự toán.

Kết quả giải ngân theo nguồn vốn:
Đơn vị tính: triệu đồng
Nguồn vốn\tDự toán năm 2024\tGiải ngân đến 30/9\tTỷ lệ (%)
Chương trình MTQG giảm nghèo bền vững\t38.450\t14.210\t37,0
Chương trình MTQG vùng đồng bào DTTS và miền núi\t27.600\t9.870\t35,8
Ngân sách tỉnh hỗ trợ đào tạo nghề\t30.750\t17.220\t56,0

Riêng quý III/2024, các huyện miền núi giải ngân 6,2 tỷ đồng, gấp 1,8 lần quý II. Tuy nhiên, một số huyện có tỷ lệ giải ngân thấp là Sơn Tây (18,4%), Minh Long (21,7%) và Ba Tơ (24,5%). Nguyên nhân chủ yếu là khó tuyển đủ 25 học viên/lớp theo quy định và thủ tục thanh quyết toán theo Nghị định số 38/2023/NĐ-CP còn vướng.

Giai đoạn 2021-2025, tỉnh được phân bổ tổng cộng 412 tỷ đồng cho đào tạo nghề, giải quyết việc làm; từ năm 2021 đến nay đã giải ngân khoảng 248 tỷ đồng, bằng 60,2%.

Sở Lao động - Thương binh và Xã hội đặt mục tiêu đến ngày 31/12/2024 giải ngân đạt trên 95% dự toán năm. Năm 2025, tỉnh phấn đấu đào tạo nghề cho 14.000 lao động, trong đó lao động nông thôn chiếm 65%.

BẢO TRÂN
"""
col_dt = P("Dự toán năm 2024", "2024-01-01", "2024-12-31")
col_gn = P("Giải ngân đến 30/9", None, "2024-09-30")
rows = [("Chương trình MTQG giảm nghèo bền vững", "38.450", 38450, "14.210", 14210, "37,0", 37.0),
        ("Chương trình MTQG vùng đồng bào DTTS và miền núi", "27.600", 27600, "9.870", 9870, "35,8", 35.8),
        ("Ngân sách tỉnh hỗ trợ đào tạo nghề", "30.750", 30750, "17.220", 17220, "56,0", 56.0)]
t30 = lambda inh=True: P("tính đến ngày 30/9/2024", None, "2024-09-30", inh)
figs = [
 F("là 96,8 tỷ đồng", "96,8", 96800000000, "money", "đồng", "tổng dự toán kinh phí cho giáo dục nghề nghiệp và đào tạo nghề",
   change={"direction": "increase", "value": 12.6, "unit": "%", "baseline": "năm 2023"}, status="target", period=P("Năm 2024", "2024-01-01", "2024-12-31")),
 F("được 41,3 tỷ đồng", "41,3", 41300000000, "money", "đồng", "kinh phí giải ngân", percent=42.7, period=t30(False)),
]
for lab, a, av, b, bv, c, cv in rows:
    figs += [
     F(f"{lab}\t{a}", a, av * 1000000, "money", "đồng", f"dự toán {lab}", status="target", period=col_dt),
     F(f"{a}\t{b}", b, bv * 1000000, "money", "đồng", f"giải ngân {lab}", period=col_gn),
     F(f"{b}\t{c}", c, cv, "percent", "%", f"tỷ lệ giải ngân {lab}", period=col_gn),
    ]
figs += [
 F("giải ngân 6,2 tỷ đồng", "6,2", 6200000000, "money", "đồng", "kinh phí các huyện miền núi giải ngân",
   change={"direction": "increase", "value": 1.8, "unit": "lần", "baseline": "quý II"}, period=P("quý III/2024", "2024-07-01", "2024-09-30")),
 F("Sơn Tây (18,4%)", "18,4", 18.4, "percent", "%", "tỷ lệ giải ngân", location="Sơn Tây", period=t30()),
 F("Minh Long (21,7%)", "21,7", 21.7, "percent", "%", "tỷ lệ giải ngân", location="Minh Long", period=t30()),
 F("Ba Tơ (24,5%)", "24,5", 24.5, "percent", "%", "tỷ lệ giải ngân", location="Ba Tơ", period=t30()),
 F("đủ 25 học viên/lớp", "25", 25, "measure", "học viên/lớp", "số học viên tối thiểu mỗi lớp theo quy định", optional=True),
 F("cộng 412 tỷ đồng", "412", 412000000000, "money", "đồng", "kinh phí được phân bổ cho đào tạo nghề, giải quyết việc làm",
   period=P("Giai đoạn 2021-2025", "2021-01-01", "2025-12-31")),
 F("khoảng 248 tỷ đồng", "248", 248000000000, "money", "đồng", "kinh phí đã giải ngân", approx="about", percent=60.2,
   period=P("từ năm 2021 đến nay", "2021-01-01", "2024-10-08")),
 F("trên 95% dự toán", "95", 95, "percent", "%", "tỷ lệ giải ngân dự toán năm", approx="over", status="target",
   period=P("đến ngày 31/12/2024", None, "2024-12-31")),
 F("cho 14.000 lao động", "14.000", 14000, "count", "lao động", "lao động được đào tạo nghề", status="target", period=P("Năm 2025", "2025-01-01", "2025-12-31")),
 F("chiếm 65%", "65", 65, "percent", "%", "lao động nông thôn", status="target", period=P("Năm 2025", "2025-01-01", "2025-12-31")),
]
write(8, T, figs, [
 "Báo Quảng Ngãi (provincial Party newspaper), 'Cập nhật lúc 15:42 08/10/2024' (time before date). Budget for vocational training.",
 "Tab-separated table with 'Đơn vị tính: triệu đồng': money cells ×10^6 đồng; 'Tỷ lệ (%)' column percent. 'Dự toán năm 2024' column is a budget,",
 "the spending plan: FIGURES.md groups dự toán with kế hoạch/chỉ tiêu as 'the plan', so its cells and the text's 'tổng dự toán … 96,8 tỷ' are status target",
 "(judgment call); '412 tỷ đồng được phân bổ' is an allocation that happened (actual). Period from the column header.",
 "96,8 tỷ: change +12,6% vs năm 2023. 41,3 tỷ 'đạt 42,7% dự toán' -> percent. 'gấp 1,8 lần quý II' after a money figure = its change (lần).",
 "District list of rates (percent, location = district, period inherited 'tính đến ngày 30/9/2024'). '25 học viên/lớp' (a rule) optional.",
 "'từ năm 2021 đến nay' = 2021-01-01..dateline; 248 tỷ 'bằng 60,2%' -> percent (no part-of cue, so no total 412).",
 "'lao động nông thôn chiếm 65%' after 'trong đó' (target): a percent figure of its own, no total. Distractors: Nghị định số 38/2023/NĐ-CP, dates.",
], published="2024-10-08", location="Quảng Ngãi")
