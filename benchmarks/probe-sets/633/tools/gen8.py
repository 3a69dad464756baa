from lib import F, P, I, CH, T, emit

TEXT = """Cổng Thông tin điện tử thành phố Cần Thơ
Trang chủ > Kinh tế > Nông nghiệp
Ngày cập nhật 05/01/2024

Cần Thơ: Cơ sở giết mổ tập trung mới hoạt động từ 30 đến 40% công suất

Năm 2023, thành phố có 6 cơ sở giết mổ tập trung với tổng công suất thiết kế 3.200 con gia súc/ngày và 18.000 con gia cầm/ngày, tổng vốn đầu tư hơn 186 tỷ đồng. Tuy nhiên, do người dân còn thói quen giết mổ tại nhà, các cơ sở này chỉ hoạt động từ 30 đến 40% công suất.

Số gia súc được kiểm soát giết mổ tập trung năm 2023 đạt 412.500 con, gấp 1,4 lần năm 2020. Tỷ lệ gia súc được kiểm soát giết mổ của thành phố đạt 81,3%, đứng thứ 2 vùng Đồng bằng sông Cửu Long, sau Long An.

Theo Sở Nông nghiệp và Phát triển nông thôn, giá dịch vụ giết mổ tại cơ sở tập trung hiện từ 60.000 đến 70.000 đồng/con heo. Mức giá này cao gấp 1,5 lần giết mổ tại nhà.

Thực hiện Quyết định số 2468/QĐ-UBND, thành phố hỗ trợ 50% phí kiểm soát giết mổ và 20 triệu đồng/hộ cho các hộ di dời điểm giết mổ nhỏ lẻ ra khỏi khu dân cư. Năm 2024, thành phố dự kiến đưa vào hoạt động thêm 1 cơ sở giết mổ gia súc công suất 1.200 con/ngày tại quận Ô Môn; phấn đấu đến năm 2025 xóa bỏ 100% điểm giết mổ nhỏ lẻ trong khu dân cư tập trung của các quận.

Cơ quan chủ quản: UBND thành phố Cần Thơ. Địa chỉ: số 2 Hòa Bình, phường Tân An, quận Ninh Kiều. Điện thoại: 0292.3820.536
"""

Y23 = P("Năm 2023", "2023-01-01", "2023-12-31")
Y23b = P("năm 2023", "2023-01-01", "2023-12-31")
Y24 = P("Năm 2024", "2024-01-01", "2024-12-31")
T25 = P("đến năm 2025", None, "2025-12-31")

FIGS = [
    F("mới hoạt động từ 30", "30", 30, "percent", "%", "công suất hoạt động của cơ sở giết mổ tập trung", I(Y23),
      value_max=40),
    F("có 6 cơ sở", "6", 6, "count", "cơ sở", "cơ sở giết mổ tập trung", Y23),
    F("thiết kế 3.200 con", "3.200", 3200, "measure", "con gia súc/ngày", "tổng công suất thiết kế giết mổ gia súc", Y23),
    F("và 18.000 con", "18.000", 18000, "measure", "con gia cầm/ngày", "tổng công suất thiết kế giết mổ gia cầm", Y23),
    F("hơn 186 tỷ đồng", "186", 186000000000, "money", "đồng", "tổng vốn đầu tư cơ sở giết mổ tập trung", Y23,
      approx="over"),
    F("chỉ hoạt động từ 30", "30", 30, "percent", "%", "công suất hoạt động của cơ sở giết mổ tập trung", I(Y23),
      value_max=40),
    F("đạt 412.500 con", "412.500", 412500, "count", "con", "gia súc được kiểm soát giết mổ tập trung", Y23b,
      change=CH("increase", 1.4, "lần", "năm 2020")),
    F("đạt 81,3%", "81,3", 81.3, "percent", "%", "tỷ lệ gia súc được kiểm soát giết mổ", I(Y23)),
    F("đứng thứ 2", "2", 2, "rank", "hạng", "tỷ lệ gia súc được kiểm soát giết mổ vùng Đồng bằng sông Cửu Long", I(Y23)),
    F("từ 60.000 đến", "60.000", 60000, "money", "đồng/con heo", "giá dịch vụ giết mổ tại cơ sở tập trung",
      value_max=70000),
    F("gấp 1,5 lần", "1,5", 1.5, "multiple", "lần", "giá dịch vụ giết mổ tại cơ sở tập trung so với giết mổ tại nhà"),
    F("hỗ trợ 50%", "50", 50, "percent", "%", "mức hỗ trợ phí kiểm soát giết mổ"),
    F("và 20 triệu đồng/hộ", "20", 20000000, "money", "đồng/hộ", "mức hỗ trợ các hộ di dời điểm giết mổ nhỏ lẻ"),
    F("thêm 1 cơ sở", "1", 1, "count", "cơ sở", "cơ sở giết mổ gia súc đưa vào hoạt động thêm", Y24,
      status="forecast", location="Ô Môn"),
    F("công suất 1.200 con/ngày", "1.200", 1200, "measure", "con/ngày", "công suất cơ sở giết mổ gia súc đưa vào hoạt động",
      Y24, status="forecast", location="Ô Môn"),
    F("xóa bỏ 100%", "100", 100, "percent", "%", "điểm giết mổ nhỏ lẻ trong khu dân cư tập trung của các quận được xóa bỏ",
      T25, status="target"),
]

COMMENTS = [
    "Cần Thơ city portal, 'Ngày cập nhật 05/01/2024': capacity and utilisation of central slaughterhouses in 2023, price per head, support policy, 2024/2025 plans.",
    "Headline range 'từ 30 đến 40%' repeats the body figure (both annotated, period inherited from 'Năm 2023'). 'gấp 1,4 lần năm 2020' right after 412.500 con is its",
    "change (lần); 'Mức giá này cao gấp 1,5 lần …' standing alone as its own sentence is a multiple. Rank 'đứng thứ 2 vùng …' -> rank 2; 'sau Long An' is not its place.",
    "'dự kiến' governs '1 cơ sở' and '1.200 con/ngày' (forecast, tại quận Ô Môn -> Ô Môn); after ';' 'phấn đấu đến năm 2025' -> target. Support rates get no period.",
    "Distractors: Ngày cập nhật date, Quyết định số 2468/QĐ-UBND, số 2 Hòa Bình, phone 0292.3820.536, 'năm 2020' baseline.",
]

emit("p633-8", TEXT, COMMENTS, FIGS, published="2024-01-05", location="Cần Thơ")
