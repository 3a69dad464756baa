from lib import F, P, Pi, ch, tg, build

TEXT = """
SỞ LAO ĐỘNG - THƯƠNG BINH VÀ XÃ HỘI TỈNH THÁI BÌNH
Trang chủ / Tin hoạt động / Việc làm

Vốn vay giải quyết việc làm tạo việc làm mới cho hơn 6.300 lao động
Ngày đăng: 05/08/2024 | Lượt xem: 842

Theo báo cáo của Sở Lao động - Thương binh và Xã hội, 7 tháng đầu năm 2024, nguồn vốn cho vay giải quyết việc làm từ Quỹ quốc gia về việc làm và vốn ngân sách địa phương ủy thác qua NHCSXH tỉnh Thái Bình đã giải ngân 412,6 tỷ đồng cho 5.874 khách hàng, tạo việc làm mới cho 6.329 lao động, đạt 84,4% kế hoạch năm.

Trong đó, cho vay từ nguồn Quỹ quốc gia về việc làm 268,3 tỷ đồng; từ nguồn vốn ngân sách tỉnh, huyện ủy thác 144,3 tỷ đồng. Mức vay bình quân đạt 70,2 triệu đồng/khách hàng, tăng 8,5 triệu đồng so với cùng kỳ.

Cũng trong 7 tháng, NHCSXH đã cho 347 lao động vay vốn đi làm việc ở nước ngoài theo hợp đồng với số tiền 36,8 tỷ đồng, tăng 21% so với cùng kỳ, chủ yếu đi Nhật Bản, Hàn Quốc và Đài Loan (Trung Quốc).

Tính đến ngày 31/7/2024, dư nợ cho vay giải quyết việc làm toàn tỉnh đạt 1.926 tỷ đồng, chiếm 31,5% tổng dư nợ tín dụng chính sách; nợ quá hạn chiếm 0,12%. Dư nợ cao nhất thuộc về TP Thái Bình (312,4 tỷ đồng), tiếp đến là huyện Hưng Hà (268,9 tỷ đồng) và huyện Quỳnh Phụ (241,5 tỷ đồng).

Năm 2024, tỉnh phấn đấu tạo việc làm mới cho 7.500 lao động thông qua vay vốn. Theo Nghị định số 74/2019/NĐ-CP, mức vay tối đa từ Quỹ đối với người lao động là 100 triệu đồng, đối với cơ sở sản xuất, kinh doanh là 2 tỷ đồng.

Người lao động có nhu cầu vay vốn liên hệ Phòng Lao động - TB&XH các huyện, thành phố hoặc Trung tâm Dịch vụ việc làm tỉnh (số 12 phố Lê Lợi, TP Thái Bình; điện thoại 0227.3831.446) trong giờ hành chính.
"""

P7 = P("7 tháng đầu năm 2024", "2024-01-01", "2024-07-31")
I7 = Pi("7 tháng đầu năm 2024", "2024-01-01", "2024-07-31")
P7b = P("7 tháng", "2024-01-01", "2024-07-31")
P731 = P("Tính đến ngày 31/7/2024", end="2024-07-31")
I731 = Pi("Tính đến ngày 31/7/2024", end="2024-07-31")

FIGS = [
    F("hơn 6.300 lao động", "6.300", 6300, "count", "lao động", "lao động được tạo việc làm mới", approx="over"),
    F("giải ngân 412,6 tỷ đồng", "412,6", 412_600_000_000, "money", "đồng",
      "nguồn vốn cho vay giải quyết việc làm giải ngân", P7),
    F("cho 5.874 khách hàng", "5.874", 5874, "count", "khách hàng", "khách hàng vay vốn giải quyết việc làm", P7),
    F("cho 6.329 lao động", "6.329", 6329, "count", "lao động", "lao động được tạo việc làm mới", P7,
      percent=84.4),
    F("việc làm 268,3 tỷ đồng", "268,3", 268_300_000_000, "money", "đồng",
      "cho vay từ nguồn Quỹ quốc gia về việc làm", I7, total=412_600_000_000),
    F("ủy thác 144,3 tỷ đồng", "144,3", 144_300_000_000, "money", "đồng",
      "cho vay từ nguồn vốn ngân sách tỉnh, huyện ủy thác", I7, total=412_600_000_000),
    F("đạt 70,2 triệu đồng/khách hàng", "70,2", 70_200_000, "money", "đồng/khách hàng", "Mức vay bình quân", I7,
      change=ch("increase", 8_500_000, "đồng", "cùng kỳ")),
    F("cho 347 lao động", "347", 347, "count", "lao động",
      "lao động vay vốn đi làm việc ở nước ngoài theo hợp đồng", P7b),
    F("tiền 36,8 tỷ đồng", "36,8", 36_800_000_000, "money", "đồng",
      "số tiền cho vay lao động đi làm việc ở nước ngoài", P7b, change=ch("increase", 21, "%", "cùng kỳ")),
    F("tỉnh đạt 1.926 tỷ đồng", "1.926", 1_926_000_000_000, "money", "đồng", "dư nợ cho vay giải quyết việc làm",
      P731, percent=31.5),
    F("nợ quá hạn chiếm 0,12%", "0,12", 0.12, "percent", "%", "nợ quá hạn cho vay giải quyết việc làm", P731),
    F("TP Thái Bình (312,4 tỷ đồng)", "312,4", 312_400_000_000, "money", "đồng",
      "dư nợ cho vay giải quyết việc làm", I731, location="Thái Bình"),
    F("Hưng Hà (268,9 tỷ đồng)", "268,9", 268_900_000_000, "money", "đồng", "dư nợ cho vay giải quyết việc làm",
      I731, location="Hưng Hà"),
    F("Quỳnh Phụ (241,5 tỷ đồng)", "241,5", 241_500_000_000, "money", "đồng", "dư nợ cho vay giải quyết việc làm",
      I731, location="Quỳnh Phụ"),
    F("cho 7.500 lao động", "7.500", 7500, "count", "lao động", "lao động được tạo việc làm mới thông qua vay vốn",
      P("Năm 2024", "2024-01-01", "2024-12-31"), status="target"),
    F("là 100 triệu đồng", "100", 100_000_000, "money", "đồng", "mức vay tối đa đối với người lao động",
      approx="at_most", location="Việt Nam", optional=True),
    F("là 2 tỷ đồng", "2", 2_000_000_000, "money", "đồng", "mức vay tối đa đối với cơ sở sản xuất, kinh doanh",
      approx="at_most", location="Việt Nam", optional=True),
]

COMMENTS = [
    "Sở LĐ-TB&XH tỉnh Thái Bình (department site), 'Ngày đăng: 05/08/2024 | Lượt xem: 842': job-creation loans (Quỹ quốc gia về việc làm",
    "and local-budget entrusted capital), 7 months 2024; overseas-work loans; outstanding by district; 2024 target.",
    "Distractors: view counter, breadcrumb, 'Nghị định số 74/2019/NĐ-CP', 'số 12 phố Lê Lợi', phone 0227.3831.446, destination countries.",
    "Headline 'hơn 6.300 lao động' has no period in its sentence. '6.329 lao động, đạt 84,4% kế hoạch năm': share of plan as percent.",
    "'Trong đó' parts 268,3 + 144,3 = 412,6 tỷ (total). Changes 'tăng 8,5 triệu đồng / 21% so với cùng kỳ' attach to the amount before them.",
    "District list items without a part-of cue: no totals; TP Thái Bình is the city (location 'Thái Bình').",
    "Loan ceilings under the decree (tối đa 100 triệu / 2 tỷ đồng) are national policy thresholds: optional, at_most, location Việt Nam.",
]

build(6, COMMENTS, TEXT, FIGS, published="2024-08-05", location="Thái Bình")
