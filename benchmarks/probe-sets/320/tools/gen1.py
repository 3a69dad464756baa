from lib import F, P, Pi, ch, tg, build

TEXT = """
Cổng thông tin điện tử tỉnh Quảng Bình
Trang chủ > Kinh tế > Tài chính - Ngân hàng
Quảng Bình: Nguồn vốn tín dụng chính sách tăng 386 tỷ đồng sau 9 tháng
Cập nhật: 15/10/2024 09:12 | Lượt xem: 1.236

Theo Ngân hàng Chính sách xã hội (NHCSXH) chi nhánh tỉnh Quảng Bình, tính đến ngày 30/9/2024, tổng nguồn vốn tín dụng chính sách trên địa bàn đạt 5.612 tỷ đồng, tăng 386 tỷ đồng so với đầu năm. Trong đó, nguồn vốn ủy thác từ ngân sách địa phương đạt 498,6 tỷ đồng, chiếm 8,9% tổng nguồn vốn; riêng 9 tháng năm 2024, ngân sách tỉnh và các huyện, thị xã, thành phố đã bổ sung 72,5 tỷ đồng để cho vay.

Doanh số cho vay 9 tháng đạt 1.428 tỷ đồng với 31.540 lượt hộ nghèo và các đối tượng chính sách được vay vốn; doanh số thu nợ đạt 1.046 tỷ đồng. Tổng dư nợ đạt 5.587 tỷ đồng, tăng 7,3% so với cuối năm 2023, với hơn 112.000 khách hàng còn dư nợ. Chương trình cho vay hộ nghèo có dư nợ lớn nhất với 1.214 tỷ đồng; tiếp đến là cho vay hộ cận nghèo 1.035 tỷ đồng, cho vay giải quyết việc làm 987 tỷ đồng và cho vay nước sạch, vệ sinh môi trường nông thôn 642 tỷ đồng.

Chất lượng tín dụng tiếp tục được nâng lên; nợ quá hạn và nợ khoanh chiếm 0,18% tổng dư nợ, giảm 0,05% so với đầu năm. Các huyện có tỷ lệ nợ quá hạn thấp là Lệ Thủy (0,06%), Quảng Ninh (0,08%) và Bố Trạch (0,11%). Toàn tỉnh hiện có 3.126 Tổ tiết kiệm và vay vốn, 151 Điểm giao dịch xã duy trì hoạt động định kỳ tại trụ sở UBND cấp xã.

Thực hiện Chỉ thị số 40-CT/TW ngày 22/11/2014 của Ban Bí thư và Kết luận số 06-KL/TW, năm 2024 chi nhánh phấn đấu tăng trưởng dư nợ 8%, giữ tỷ lệ nợ quá hạn dưới 0,2%.

Mọi ý kiến phản ánh xin gửi về NHCSXH chi nhánh tỉnh, số 2 đường Hùng Vương, TP Đồng Hới; đường dây nóng: 0232.3822.468.
"""

E = "2024-09-30"
P930 = P("tính đến ngày 30/9/2024", end=E)
I930 = Pi("tính đến ngày 30/9/2024", end=E)
P9 = P("9 tháng", "2024-01-01", E)

FIGS = [
    F("tăng 386 tỷ đồng sau 9 tháng", "386", 386_000_000_000, "money", "đồng",
      "nguồn vốn tín dụng chính sách tăng", P("sau 9 tháng", "2024-01-01", E), optional=True),
    F("bàn đạt 5.612 tỷ đồng", "5.612", 5_612_000_000_000, "money", "đồng",
      "tổng nguồn vốn tín dụng chính sách", P930,
      change=ch("increase", 386_000_000_000, "đồng", "đầu năm")),
    F("địa phương đạt 498,6 tỷ đồng", "498,6", 498_600_000_000, "money", "đồng",
      "nguồn vốn ủy thác từ ngân sách địa phương", I930, total=5_612_000_000_000, percent=8.9),
    F("bổ sung 72,5 tỷ đồng", "72,5", 72_500_000_000, "money", "đồng",
      "ngân sách tỉnh và các huyện, thị xã, thành phố bổ sung để cho vay",
      P("9 tháng năm 2024", "2024-01-01", E)),
    F("9 tháng đạt 1.428 tỷ đồng", "1.428", 1_428_000_000_000, "money", "đồng", "Doanh số cho vay", P9),
    F("với 31.540 lượt hộ", "31.540", 31540, "count", "lượt hộ",
      "lượt hộ nghèo và các đối tượng chính sách được vay vốn", P9),
    F("thu nợ đạt 1.046 tỷ đồng", "1.046", 1_046_000_000_000, "money", "đồng", "doanh số thu nợ", P9),
    F("Tổng dư nợ đạt 5.587 tỷ đồng", "5.587", 5_587_000_000_000, "money", "đồng", "Tổng dư nợ", I930,
      change=ch("increase", 7.3, "%", "cuối năm 2023")),
    F("hơn 112.000 khách hàng", "112.000", 112000, "count", "khách hàng", "khách hàng còn dư nợ", I930,
      approx="over"),
    F("nhất với 1.214 tỷ đồng", "1.214", 1_214_000_000_000, "money", "đồng", "dư nợ cho vay hộ nghèo", I930),
    F("cận nghèo 1.035 tỷ đồng", "1.035", 1_035_000_000_000, "money", "đồng", "dư nợ cho vay hộ cận nghèo", I930),
    F("việc làm 987 tỷ đồng", "987", 987_000_000_000, "money", "đồng",
      "dư nợ cho vay giải quyết việc làm", I930),
    F("nông thôn 642 tỷ đồng", "642", 642_000_000_000, "money", "đồng",
      "dư nợ cho vay nước sạch, vệ sinh môi trường nông thôn", I930),
    F("nợ khoanh chiếm 0,18%", "0,18", 0.18, "percent", "%", "nợ quá hạn và nợ khoanh trong tổng dư nợ", I930,
      change=ch("decrease", 0.05, "%", "đầu năm")),
    F("Lệ Thủy (0,06%)", "0,06", 0.06, "percent", "%", "tỷ lệ nợ quá hạn", I930, location="Lệ Thủy"),
    F("Quảng Ninh (0,08%)", "0,08", 0.08, "percent", "%", "tỷ lệ nợ quá hạn", I930, location="Quảng Ninh"),
    F("Bố Trạch (0,11%)", "0,11", 0.11, "percent", "%", "tỷ lệ nợ quá hạn", I930, location="Bố Trạch"),
    F("có 3.126 Tổ", "3.126", 3126, "count", "Tổ tiết kiệm và vay vốn", "Tổ tiết kiệm và vay vốn"),
    F("151 Điểm giao dịch", "151", 151, "count", "Điểm giao dịch xã",
      "Điểm giao dịch xã duy trì hoạt động định kỳ"),
    F("dư nợ 8%", "8", 8, "percent", "%", "tăng trưởng dư nợ", P("năm 2024", "2024-01-01", "2024-12-31"),
      status="target"),
    F("dưới 0,2%", "0,2", 0.2, "percent", "%", "tỷ lệ nợ quá hạn", P("năm 2024", "2024-01-01", "2024-12-31"),
      approx="under", status="target"),
]

COMMENTS = [
    "Cổng TTĐT tỉnh Quảng Bình (province portal): NHCSXH chi nhánh Quảng Bình after 9 months 2024 — capital, local-budget entrusted capital,",
    "lending and collection, outstanding by programme, overdue debt by district, 2024 targets. 'Cập nhật: 15/10/2024 09:12 | Lượt xem: 1.236'.",
    "Distractors: view counter, breadcrumb, 'Chỉ thị số 40-CT/TW ngày 22/11/2014', 'Kết luận số 06-KL/TW', 'số 2 đường Hùng Vương', hotline 0232.3822.468.",
    "The headline '386 tỷ đồng' repeats the body's change (headline figure optional). 'Trong đó ... 498,6 tỷ' is part of the 5.612 tỷ capital.",
    "The programme list after 'có dư nợ lớn nhất với' has no part-of cue: no totals. '0,18% ..., giảm 0,05% so với đầu năm': the fall is the share's change.",
    "'hiện có 3.126 Tổ' has no stated period. 'năm 2024 chi nhánh phấn đấu ...': both figures are targets.",
]

build(1, COMMENTS, TEXT, FIGS, published="2024-10-15", location="Quảng Bình")
