"""p664-5: Báo Quảng Ninh (Party newspaper) — buôn bán động vật hoang dã qua biên giới năm 2023; byline + date at the end."""
from lib import F, P, I, CH, emit

TEXT = """BÁO QUẢNG NINH - CƠ QUAN CỦA ĐẢNG BỘ ĐẢNG CỘNG SẢN VIỆT NAM TỈNH QUẢNG NINH

Pháp luật

Quyết liệt đấu tranh với tội phạm buôn bán động vật hoang dã qua biên giới

Năm 2023, các lực lượng chức năng tỉnh Quảng Ninh đã phát hiện, bắt giữ 64 vụ, 91 đối tượng vận chuyển, buôn bán trái phép động vật hoang dã và sản phẩm của chúng, tăng 11 vụ so với năm 2022. Các địa bàn phát hiện nhiều vụ việc là TP Móng Cái, huyện Hải Hà và huyện Bình Liêu với lần lượt 27, 14 và 9 vụ.

Cơ quan điều tra đã khởi tố 23 vụ án với 35 bị can về tội vi phạm quy định về quản lý, bảo vệ động vật nguy cấp, quý, hiếm theo Điều 244 Bộ luật Hình sự, chiếm 35,9% số vụ phát hiện; Tòa án nhân dân hai cấp đã xét xử 19 vụ, 28 bị cáo, mức án cao nhất 12 năm tù.

Tang vật thu giữ gồm 1.250 kg vảy tê tê, 86,4 kg ngà voi, 5 chiếc sừng tê giác và 342 cá thể động vật hoang dã còn sống. Đáng chú ý, Đội Kiểm soát chống buôn lậu số 2 phối hợp lực lượng hải quan phát hiện gần 600 kg vảy tê tê ngụy trang trong container hàng nông sản tại Km 3+4, Quốc lộ 18.

Bên cạnh đó, các lực lượng xử phạt hành chính 41 vụ với tổng số tiền gần 1,8 tỷ đồng, cao hơn 25% so với năm 2022.

Năm 2024, tỉnh phấn đấu 100% vụ việc phát hiện được xử lý theo quy định; tỷ lệ điều tra, khám phá án về động vật hoang dã đạt trên 90%.

Thu Hằng

15/01/2024
"""

Y23 = P("Năm 2023", "2023-01-01", "2023-12-31")
Y24 = P("Năm 2024", "2024-01-01", "2024-12-31")
LIST = "vụ vận chuyển, buôn bán trái phép động vật hoang dã phát hiện"

FIGS = [
    F("bắt giữ 64 vụ", "64", 64, "count", "vụ", "vụ vận chuyển, buôn bán trái phép động vật hoang dã phát hiện, bắt giữ",
      Y23, change=CH("increase", 11, "vụ", "năm 2022")),
    F("91 đối tượng", "91", 91, "count", "đối tượng", "đối tượng vận chuyển, buôn bán trái phép động vật hoang dã", Y23),
    F("lần lượt 27", "27", 27, "count", "vụ", LIST, I(Y23), location="Móng Cái"),
    F(", 14 và", "14", 14, "count", "vụ", LIST, I(Y23), location="Hải Hà"),
    F("và 9 vụ", "9", 9, "count", "vụ", LIST, I(Y23), location="Bình Liêu"),
    F("khởi tố 23 vụ án", "23", 23, "count", "vụ án", "vụ án khởi tố", I(Y23), percent=35.9),
    F("với 35 bị can", "35", 35, "count", "bị can", "bị can bị khởi tố", I(Y23)),
    F("xét xử 19 vụ", "19", 19, "count", "vụ", "vụ án Tòa án nhân dân hai cấp xét xử", I(Y23)),
    F("28 bị cáo", "28", 28, "count", "bị cáo", "bị cáo bị xét xử", I(Y23)),
    F("12 năm tù", "12", 12, "measure", "năm tù", "mức án cao nhất", optional=True),
    F("1.250 kg", "1.250", 1250, "measure", "kg", "vảy tê tê thu giữ", I(Y23)),
    F("86,4 kg", "86,4", 86.4, "measure", "kg", "ngà voi thu giữ", I(Y23)),
    F("5 chiếc", "5", 5, "count", "chiếc", "sừng tê giác thu giữ", I(Y23)),
    F("342 cá thể", "342", 342, "count", "cá thể", "động vật hoang dã còn sống thu giữ", I(Y23)),
    F("gần 600 kg", "600", 600, "measure", "kg", "vảy tê tê ngụy trang trong container hàng nông sản", approx="nearly"),
    F("hành chính 41 vụ", "41", 41, "count", "vụ", "vụ xử phạt hành chính", I(Y23)),
    F("gần 1,8 tỷ đồng", "1,8", 1.8e9, "money", "đồng", "tiền xử phạt hành chính", I(Y23), approx="nearly",
      change=CH("increase", 25, "%", "năm 2022")),
    F("100% vụ việc", "100", 100, "percent", "%", "vụ việc phát hiện được xử lý theo quy định", Y24, status="target"),
    F("trên 90%", "90", 90, "percent", "%", "tỷ lệ điều tra, khám phá án về động vật hoang dã", Y24,
      approx="over", status="target"),
]

COMMENTS = [
    "Báo Quảng Ninh (Party newspaper), byline 'Thu Hằng' and bare date '15/01/2024' at the end: buôn bán động vật hoang dã năm 2023.",
    "Distractors: 'Điều 244', 'Đội Kiểm soát chống buôn lậu số 2', 'Km 3+4', 'Quốc lộ 18', the closing date.",
    "'lần lượt 27, 14 và 9 vụ': list items with their district as location (Móng Cái, Hải Hà, Bình Liêu), the list's indicator as subject.",
    "'chiếm 35,9% số vụ phát hiện' is the 23 cases' percent; the whole is named without a number, so no total.",
    "'mức án cao nhất 12 năm tù' (a prison term) is optional. 'Tang vật thu giữ gồm …' lists different units: no whole, no totals.",
    "The 600 kg seizure is one case with no date: no period; Km 3+4 on Quốc lộ 18 names no district, so location stays Quảng Ninh.",
]

if __name__ == "__main__":
    emit("p664-5", TEXT, COMMENTS, FIGS, published="2024-01-15", location="Quảng Ninh")
