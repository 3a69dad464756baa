from lib import F, P, CH, TG, emit

TEXT = """NGÂN HÀNG NHÀ NƯỚC VIỆT NAM
Tin hoạt động ngân hàng

Thanh toán không dùng tiền mặt tiếp tục tăng trưởng cao trong 9 tháng năm 2024
Ngày đăng: 28/10/2024 | Vụ Thanh toán

Theo số liệu của Ngân hàng Nhà nước Việt Nam (NHNN), 9 tháng năm 2024, thanh toán không dùng tiền mặt tăng 57,5% về số lượng và 35,1% về giá trị so với cùng kỳ năm 2023. Trong đó, thanh toán qua kênh Internet tăng 55,8% về số lượng và 34,4% về giá trị; qua kênh điện thoại di động tăng 56,6% về số lượng và 36,5% về giá trị; qua phương thức QR code tăng 92,3% về số lượng và 110,6% về giá trị.

Riêng quý III/2024, hệ thống thanh toán điện tử liên ngân hàng xử lý trung bình gần 1,1 triệu giao dịch/ngày với giá trị khoảng 1,06 triệu tỷ đồng/ngày. Hệ thống chuyển mạch tài chính và bù trừ điện tử do NAPAS vận hành xử lý trong quý III/2024 hơn 2,45 tỷ giao dịch, tăng 24,7% so với quý II/2024.

Tính đến cuối tháng 9/2024, cả nước có khoảng 87% người trưởng thành có tài khoản thanh toán tại ngân hàng, vượt mục tiêu 80% đặt ra tại Quyết định số 1813/QĐ-TTg; số tài khoản thanh toán cá nhân đạt hơn 182 triệu tài khoản; số thẻ ngân hàng đang lưu hành đạt 148,9 triệu thẻ, trong đó có 70,4 triệu thẻ chip nội địa, chiếm 47,3%. Đã có 52 tổ chức tín dụng và 11 tổ chức trung gian thanh toán triển khai mở tài khoản bằng phương thức điện tử (eKYC).

Mục tiêu đến năm 2025, tỷ trọng tiền mặt trên tổng phương tiện thanh toán ở mức dưới 8%; giá trị giao dịch thanh toán không dùng tiền mặt gấp 25 lần GDP. NHNN cũng đặt chỉ tiêu 100% dịch vụ công có nghĩa vụ tài chính được thanh toán trực tuyến qua Cổng Dịch vụ công quốc gia trong giai đoạn 2021-2025.
"""

M9 = P("9 tháng năm 2024", "2024-01-01", "2024-09-30")
M9_I = P("9 tháng năm 2024", "2024-01-01", "2024-09-30", inh=True)
Q3 = P("quý III/2024", "2024-07-01", "2024-09-30")
ASOF = P("Tính đến cuối tháng 9/2024", None, "2024-09-30")
ASOF_I = P("Tính đến cuối tháng 9/2024", None, "2024-09-30", inh=True)
T25 = P("đến năm 2025", None, "2025-12-31")
GD = P("giai đoạn 2021-2025", "2021-01-01", "2025-12-31")

FIGS = [
    F("tăng 57,5% về số lượng", "57,5", 57.5, "percent", "%",
      "tăng trưởng thanh toán không dùng tiền mặt về số lượng", M9),
    F("và 35,1% về giá trị", "35,1", 35.1, "percent", "%",
      "tăng trưởng thanh toán không dùng tiền mặt về giá trị", M9),
    F("tăng 55,8% về số lượng", "55,8", 55.8, "percent", "%",
      "tăng trưởng thanh toán qua kênh Internet về số lượng", M9_I),
    F("và 34,4% về giá trị", "34,4", 34.4, "percent", "%",
      "tăng trưởng thanh toán qua kênh Internet về giá trị", M9_I),
    F("tăng 56,6% về số lượng", "56,6", 56.6, "percent", "%",
      "tăng trưởng thanh toán qua kênh điện thoại di động về số lượng", M9_I),
    F("và 36,5% về giá trị", "36,5", 36.5, "percent", "%",
      "tăng trưởng thanh toán qua kênh điện thoại di động về giá trị", M9_I),
    F("tăng 92,3% về số lượng", "92,3", 92.3, "percent", "%",
      "tăng trưởng thanh toán qua phương thức QR code về số lượng", M9_I),
    F("và 110,6% về giá trị", "110,6", 110.6, "percent", "%",
      "tăng trưởng thanh toán qua phương thức QR code về giá trị", M9_I),
    F("gần 1,1 triệu giao dịch/ngày", "1,1", 1100000, "measure", "giao dịch/ngày",
      "giao dịch hệ thống thanh toán điện tử liên ngân hàng xử lý trung bình", Q3, approx="nearly"),
    F("khoảng 1,06 triệu tỷ đồng/ngày", "1,06", 1.06e15, "money", "đồng/ngày",
      "giá trị giao dịch hệ thống thanh toán điện tử liên ngân hàng", Q3, approx="about"),
    F("hơn 2,45 tỷ giao dịch", "2,45", 2.45e9, "count", "giao dịch",
      "giao dịch hệ thống chuyển mạch tài chính và bù trừ điện tử NAPAS xử lý", Q3, approx="over",
      change=CH("increase", 24.7, "%", "quý II/2024")),
    F("khoảng 87% người trưởng thành", "87", 87, "percent", "%",
      "người trưởng thành có tài khoản thanh toán tại ngân hàng", ASOF, approx="about",
      target=TG(80, "%", True)),
    F("hơn 182 triệu tài khoản", "182", 182e6, "count", "tài khoản",
      "số tài khoản thanh toán cá nhân", ASOF, approx="over"),
    F("đạt 148,9 triệu thẻ", "148,9", 148.9e6, "count", "thẻ",
      "số thẻ ngân hàng đang lưu hành", ASOF),
    F("có 70,4 triệu thẻ", "70,4", 70.4e6, "count", "thẻ", "thẻ chip nội địa", ASOF,
      total=148.9e6, percent=47.3),
    F("có 52 tổ chức tín dụng", "52", 52, "count", "tổ chức tín dụng",
      "tổ chức tín dụng triển khai mở tài khoản bằng phương thức điện tử (eKYC)", ASOF_I),
    F("và 11 tổ chức trung gian", "11", 11, "count", "tổ chức trung gian thanh toán",
      "tổ chức trung gian thanh toán triển khai mở tài khoản bằng phương thức điện tử (eKYC)", ASOF_I),
    F("mức dưới 8%", "8", 8, "percent", "%", "tỷ trọng tiền mặt trên tổng phương tiện thanh toán",
      T25, approx="under", status="target"),
    F("gấp 25 lần GDP", "25", 25, "multiple", "lần",
      "giá trị giao dịch thanh toán không dùng tiền mặt so với GDP", T25, status="target"),
    F("chỉ tiêu 100% dịch vụ công", "100", 100, "percent", "%",
      "dịch vụ công có nghĩa vụ tài chính được thanh toán trực tuyến qua Cổng Dịch vụ công quốc gia",
      GD, status="target"),
]

COMMENTS = [
    "Ministry site (Ngân hàng Nhà nước Việt Nam, 'Tin hoạt động ngân hàng'): national cashless-payment figures, 9 tháng / quý III/2024; 'Ngày đăng: 28/10/2024 | Vụ Thanh toán'.",
    "Growth rates with no base amount are percent figures of their own, no change object ('tăng 57,5% về số lượng và 35,1% về giá trị' gives two).",
    "The channel rates after 'Trong đó' are not parts of a whole (rates, no total); their period '9 tháng năm 2024' stands in the previous sentence (inherited).",
    "Per-day rates keep their denominator in the unit ('giao dịch/ngày' measure, 'đồng/ngày' money). '1,06 triệu tỷ' = 1,06·10^15 đồng.",
    "'hơn 2,45 tỷ giao dịch' in quý III/2024 with change 24,7% against the baseline quý II/2024 (the baseline is not its period).",
    "'trong đó có 70,4 triệu thẻ chip nội địa, chiếm 47,3%': total 148,9 triệu, percent 47.3. 'vượt mục tiêu 80%': target 80, met true.",
    "Targets: 'dưới 8%' (under), 'gấp 25 lần GDP' (a multiple standing as the claim), 'chỉ tiêu 100% … giai đoạn 2021-2025'. Distractors: Quyết định số 1813/QĐ-TTg, NAPAS, dates.",
]

emit("p398-4", TEXT, COMMENTS, FIGS, published="2024-10-28", location="Việt Nam")
