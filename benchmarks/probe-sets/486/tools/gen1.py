from lib import fig, period, inh, change, write

TEXT = """Cổng Thông tin điện tử tỉnh Bắc Giang
Trang chủ / Tin tức - Sự kiện / Lao động - Việc làm

Hơn 98 tỷ đồng chăm lo Tết cho đoàn viên, người lao động

Cập nhật: 06/02/2024 08:45 | Lượt xem: 2.764

Tính đến ngày 5/2/2024, các cấp công đoàn tỉnh Bắc Giang đã thăm hỏi, tặng quà Tết cho 132.450 lượt đoàn viên, người lao động với tổng kinh phí hơn 98 tỷ đồng, tăng 12,6% so với Tết Quý Mão 2023. Trong đó, nguồn tài chính công đoàn là 36,2 tỷ đồng; doanh nghiệp và các nhà tài trợ hỗ trợ 61,9 tỷ đồng.

Quà Tết tập trung ở các địa bàn đông công nhân như thị xã Việt Yên (41.200 lượt), huyện Yên Dũng (18.750 lượt), huyện Lạng Giang (12.300 lượt).

Chương trình "Tết Sum vầy - Xuân gắn kết" do Liên đoàn Lao động tỉnh tổ chức tại 4 điểm đã trao 3.600 suất quà, mỗi suất trị giá 1,2 triệu đồng, cho công nhân có hoàn cảnh khó khăn. Công đoàn tỉnh cũng bố trí 25 chuyến xe miễn phí đưa gần 1.200 công nhân về quê đón Tết tại Thanh Hóa, Nghệ An và Hà Tĩnh.

Theo báo cáo của 1.156 doanh nghiệp, mức thưởng Tết Nguyên đán bình quân năm 2024 là 6,8 triệu đồng/người, tăng 4,6% so với năm 2023; mức thưởng cao nhất 250 triệu đồng/người tại một doanh nghiệp FDI ở Khu công nghiệp Vân Trung, thấp nhất 500.000 đồng/người. Có 27 doanh nghiệp không thưởng Tết do thiếu đơn hàng, chiếm 2,3% số doanh nghiệp báo cáo.

Năm 2024, Liên đoàn Lao động tỉnh phấn đấu hỗ trợ xây mới 40 Mái ấm Công đoàn, mỗi nhà từ 50 đến 70 triệu đồng, thực hiện Kế hoạch số 215/KH-LĐLĐ.

Liên đoàn Lao động tỉnh Bắc Giang
Địa chỉ: số 27 đường Hoàng Văn Thụ, TP Bắc Giang; điện thoại: 0204.3854.216
"""

ASOF = period("Tính đến ngày 5/2/2024", end="2024-02-05")
Y24 = period("năm 2024", "2024-01-01", "2024-12-31")
NAM24 = period("Năm 2024", "2024-01-01", "2024-12-31")

F = [
    fig("Hơn 98 tỷ đồng chăm lo", "98", 98_000_000_000, "money", "đồng", "kinh phí chăm lo Tết cho đoàn viên, người lao động",
        inh(ASOF), approx="over"),
    fig("cho 132.450 lượt", "132.450", 132450, "count", "lượt đoàn viên, người lao động",
        "lượt đoàn viên, người lao động được thăm hỏi, tặng quà Tết", ASOF),
    fig("kinh phí hơn 98 tỷ đồng", "98", 98_000_000_000, "money", "đồng", "tổng kinh phí thăm hỏi, tặng quà Tết", ASOF,
        approx="over", change=change("increase", 12.6, baseline="Tết Quý Mão 2023")),
    fig("công đoàn là 36,2 tỷ đồng", "36,2", 36_200_000_000, "money", "đồng", "kinh phí từ nguồn tài chính công đoàn", inh(ASOF),
        total=98_000_000_000),
    fig("hỗ trợ 61,9 tỷ đồng", "61,9", 61_900_000_000, "money", "đồng", "kinh phí doanh nghiệp và các nhà tài trợ hỗ trợ", inh(ASOF),
        total=98_000_000_000),
    fig("(41.200 lượt)", "41.200", 41200, "count", "lượt", "lượt đoàn viên, người lao động được tặng quà Tết", inh(ASOF),
        location="Việt Yên"),
    fig("(18.750 lượt)", "18.750", 18750, "count", "lượt", "lượt đoàn viên, người lao động được tặng quà Tết", inh(ASOF),
        location="Yên Dũng"),
    fig("(12.300 lượt)", "12.300", 12300, "count", "lượt", "lượt đoàn viên, người lao động được tặng quà Tết", inh(ASOF),
        location="Lạng Giang"),
    fig("tại 4 điểm", "4", 4, "count", "điểm", "điểm tổ chức chương trình Tết Sum vầy - Xuân gắn kết"),
    fig("trao 3.600 suất quà", "3.600", 3600, "count", "suất quà", "suất quà chương trình Tết Sum vầy trao cho công nhân có hoàn cảnh khó khăn"),
    fig("trị giá 1,2 triệu đồng", "1,2", 1_200_000, "money", "đồng", "giá trị mỗi suất quà"),
    fig("bố trí 25 chuyến xe", "25", 25, "count", "chuyến xe", "chuyến xe miễn phí đưa công nhân về quê đón Tết"),
    fig("gần 1.200 công nhân", "1.200", 1200, "count", "công nhân", "công nhân được đưa về quê đón Tết", approx="nearly"),
    fig("của 1.156 doanh nghiệp", "1.156", 1156, "count", "doanh nghiệp", "doanh nghiệp báo cáo mức thưởng Tết", Y24),
    fig("là 6,8 triệu đồng/người", "6,8", 6_800_000, "money", "đồng/người", "mức thưởng Tết Nguyên đán bình quân", Y24,
        change=change("increase", 4.6, baseline="năm 2023")),
    fig("cao nhất 250 triệu đồng/người", "250", 250_000_000, "money", "đồng/người", "mức thưởng Tết cao nhất", Y24),
    fig("thấp nhất 500.000 đồng/người", "500.000", 500_000, "money", "đồng/người", "mức thưởng Tết thấp nhất", Y24),
    fig("Có 27 doanh nghiệp", "27", 27, "count", "doanh nghiệp", "doanh nghiệp không thưởng Tết do thiếu đơn hàng", inh(Y24),
        percent=2.3),
    fig("xây mới 40 Mái ấm", "40", 40, "count", "Mái ấm Công đoàn", "Mái ấm Công đoàn hỗ trợ xây mới", NAM24, status="target"),
    fig("từ 50 đến 70 triệu đồng", "50", 50_000_000, "money", "đồng", "mức hỗ trợ mỗi Mái ấm Công đoàn", NAM24,
        value_max=70_000_000, status="target"),
]

NOTES = [
    "Bắc Giang province portal: chăm lo Tết Giáp Thìn 2024 for union members and workers; thưởng Tết 2024; Mái ấm Công đoàn plan 2024.",
    "Distractors: Cập nhật date/time, Lượt xem 2.764, Kế hoạch số 215/KH-LĐLĐ, address số 27 đường Hoàng Văn Thụ, phone 0204.3854.216,",
    "'Tết Quý Mão 2023' (baseline, no figure). Destination provinces of the buses (Thanh Hóa, Nghệ An, Hà Tĩnh) are not locations.",
    "District items after 'như' have no part-of cue and do not add up to 132.450: no total. 'chiếm 2,3%' is the percent of 27 doanh nghiệp.",
    "Tết itself is not a calendar period: sentences that only name the Tết get no period.",
]

write("p486-1", TEXT, NOTES, F, published="2024-02-06", location="Bắc Giang")
