"""p523-5: Báo Bình Định (Party newspaper), fishing ports throughput 10 months 2023, byline and date at the end."""
from lib import F, P, INH, CH, emit

TEXT = """Hơn 11.200 lượt tàu cá cập các cảng cá trong 10 tháng

(BĐ) - 10 tháng năm 2023, 3 cảng cá trên địa bàn tỉnh gồm Quy Nhơn, Tam Quan và Đề Gi đã đón 11.246 lượt tàu cá ra vào, tăng 7,4% so với cùng kỳ; sản lượng hàng thủy sản qua cảng đạt 38.560 tấn, đạt 85,7% kế hoạch năm. Trong đó, cá ngừ đại dương đạt 9.420 tấn, tăng 12% so với cùng kỳ năm 2022. Doanh thu dịch vụ của các cảng 10 tháng ước đạt 21,6 tỷ đồng, bằng 90% kế hoạch.

Tại Cảng cá Tam Quan (thị xã Hoài Nhơn), lượng hàng qua cảng đạt 14.300 tấn; bình quân mỗi ngày có khoảng 60-70 lượt tàu cập cảng bốc dỡ hàng. Cảng cá Đề Gi (huyện Phù Cát) đưa giai đoạn 2 vào khai thác từ tháng 3/2023, đến nay đã đón 1.116 lượt tàu, gấp 1,5 lần cùng kỳ.

Giá cá ngừ đại dương loại 1 (từ 30 kg/con trở lên) tại các cảng cá trong tỉnh dao động từ 150.000 đến 170.000 đồng/kg, cao hơn khoảng 10.000 đồng/kg so với cùng kỳ. Ngày 25/11, tàu cá BĐ 98567-TS của ngư dân Trần Văn Sáu cập cảng với 3,2 tấn cá ngừ, thu về hơn 500 triệu đồng.

Ông Nguyễn Văn Hùng, Giám đốc Ban Quản lý các cảng cá Bình Định cho biết, từ năm 2021 đến nay, tỉnh đã đầu tư 185 tỷ đồng nạo vét luồng, nâng cấp cầu cảng; dự kiến năm 2024 lượng hàng qua các cảng đạt 48.000 tấn.

HOÀNG QUÂN
28/11/2023
"""

M10 = P("10 tháng năm 2023", "2023-01-01", "2023-10-31")

FIGS = [
    F("Hơn 11.200 lượt", "11.200", 11200, "count", "lượt tàu cá", "lượt tàu cá cập các cảng cá",
      P("trong 10 tháng", "2023-01-01", "2023-10-31"), approx="over"),
    F("3 cảng cá", "3", 3, "count", "cảng cá", "cảng cá trên địa bàn tỉnh"),
    F("đón 11.246 lượt", "11.246", 11246, "count", "lượt tàu cá", "lượt tàu cá ra vào các cảng cá", M10,
      change=CH("increase", 7.4, baseline="cùng kỳ")),
    F("qua cảng đạt 38.560 tấn", "38.560", 38560, "measure", "tấn", "sản lượng hàng thủy sản qua cảng", M10,
      percent=85.7),
    F("đạt 9.420 tấn", "9.420", 9420, "measure", "tấn", "sản lượng cá ngừ đại dương qua cảng", INH(M10),
      total=38560, change=CH("increase", 12, baseline="cùng kỳ năm 2022")),
    F("ước đạt 21,6 tỷ đồng", "21,6", 21600000000, "money", "đồng", "doanh thu dịch vụ của các cảng",
      P("10 tháng", "2023-01-01", "2023-10-31"), percent=90, status="estimate"),
    F("đạt 14.300 tấn", "14.300", 14300, "measure", "tấn", "lượng hàng qua Cảng cá Tam Quan", INH(M10),
      location="Hoài Nhơn"),
    F("khoảng 60-70 lượt", "60", 60, "count", "lượt tàu", "lượt tàu cập cảng bốc dỡ hàng bình quân mỗi ngày",
      value_max=70, approx="about", location="Hoài Nhơn"),
    F("đón 1.116 lượt tàu", "1.116", 1116, "count", "lượt tàu", "lượt tàu cập Cảng cá Đề Gi",
      P("từ tháng 3/2023 … đến nay", "2023-03-01", "2023-11-28"),
      change=CH("increase", 1.5, "lần", baseline="cùng kỳ"), location="Phù Cát"),
    F("từ 30 kg/con", "30", 30, "measure", "kg/con", approx="at_least", optional=True),
    F("từ 150.000 đến 170.000 đồng/kg", "150.000", 150000, "money", "đồng/kg", "giá cá ngừ đại dương loại 1",
      value_max=170000, change=CH("increase", 10000, "đồng/kg", baseline="cùng kỳ", approx="about")),
    F("với 3,2 tấn", "3,2", 3.2, "measure", "tấn", "cá ngừ của tàu cá BĐ 98567-TS cập cảng"),
    F("hơn 500 triệu đồng", "500", 500000000, "money", "đồng", "tiền thu về của tàu cá BĐ 98567-TS", approx="over"),
    F("đầu tư 185 tỷ đồng", "185", 185000000000, "money", "đồng", "vốn đầu tư nạo vét luồng, nâng cấp cầu cảng",
      P("từ năm 2021 đến nay", "2021-01-01", "2023-11-28")),
    F("đạt 48.000 tấn", "48.000", 48000, "measure", "tấn", "lượng hàng qua các cảng",
      P("năm 2024", "2024-01-01", "2024-12-31"), status="forecast"),
]

COMMENTS = [
    "Báo Bình Định (Party newspaper, `(BĐ)` tag), byline `HOÀNG QUÂN` and bare date `28/11/2023` at the end: fishing port throughput, 10 months 2023.",
    "Headline `trong 10 tháng` has no year; nothing earlier, so `published` gives 2023. The `(BĐ)` tag implies Bình Định.",
    "Cảng cá Tam Quan lies in thị xã Hoài Nhơn (district level): its two figures take Hoài Nhơn; Đề Gi (huyện Phù Cát) likewise.",
    "`gấp 1,5 lần cùng kỳ` after a count is its change (lần), not a multiple figure. `giai đoạn 2` is a label; `từ tháng 3/2023 … đến nay` runs to the date line. The port count `3 cảng cá` gets no period (a standing count).",
    "`cao hơn khoảng 10.000 đồng/kg so với cùng kỳ` is the change of the price range. `dự kiến năm 2024` → forecast.",
    "Distractors: `loại 1` (a grade), vessel number `BĐ 98567-TS`, the fisher's name `Trần Văn Sáu` (sáu = 6), `Ngày 25/11`, the bare date line. Size threshold `từ 30 kg/con` optional.",
]

if __name__ == "__main__":
    emit("p523-5", TEXT, COMMENTS, FIGS, published="2023-11-28", location="Bình Định")
