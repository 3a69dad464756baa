"""p620-5: Party newspaper (Báo Thái Bình), SOS village and social work centre, children in care."""
from lib import F, P, INH, YEAR, CH, TG, emit

TEXT = """Làng trẻ em SOS Thái Bình: Mái ấm của hơn 130 trẻ em thiệt thòi

Nằm trên phố Trần Thái Tông, tổ 7, phường Tiền Phong, Làng trẻ em SOS Thái Bình hiện đang nuôi dưỡng 136 trẻ em mồ côi, không nơi nương tựa trong 14 ngôi nhà gia đình. Mỗi ngôi nhà có "bà mẹ SOS" chăm sóc từ 8 đến 10 trẻ như con đẻ.

Bà Nguyễn Thị Lan, Giám đốc Làng cho biết: Từ khi thành lập năm 1998 đến nay, Làng đã nuôi dưỡng hơn 420 trẻ, trong đó 285 em đã trưởng thành, hòa nhập cộng đồng, 46 em đang học đại học, cao đẳng, trung cấp nghề. Nhiều em đã trở thành kỹ sư, bác sĩ, giáo viên và quay về giúp đỡ các em nhỏ.

Trong năm 2023, 100% trẻ trong độ tuổi được đến trường; 31 em đạt danh hiệu học sinh giỏi cấp trường trở lên. Tổng kinh phí hoạt động của Làng năm 2023 khoảng 7,8 tỷ đồng, trong đó ngân sách tỉnh cấp 2,9 tỷ đồng, chiếm 37,2%, còn lại do Tổ chức Làng trẻ em SOS quốc tế tài trợ. Mức chi nuôi dưỡng bình quân mỗi trẻ khoảng 3,2 triệu đồng/tháng.

Cùng với Làng SOS, Trung tâm Công tác xã hội tỉnh đang chăm sóc 54 trẻ em bị bỏ rơi, mồ côi, trong đó 9 trẻ dưới 36 tháng tuổi. 6 tháng đầu năm 2024, Trung tâm đã phối hợp tìm gia đình thay thế cho 7 trẻ em, trong đó 5 trẻ được nhận làm con nuôi trong nước.

Theo Sở Lao động - Thương binh và Xã hội, toàn tỉnh hiện có 3.870 trẻ em có hoàn cảnh đặc biệt, chiếm 0,96% tổng số trẻ em. Tỉnh đang nhân rộng mô hình chăm sóc thay thế dựa vào cộng đồng, hướng tới mọi trẻ em mồ côi đều có mái ấm gia đình.

MINH HẠNH
28/05/2024
"""

SINCE = P("Từ khi thành lập năm 1998 đến nay", "1998-01-01", "2024-05-28")
Y23 = YEAR(2023, "Trong năm 2023")
Y23b = YEAR(2023)
H1 = P("6 tháng đầu năm 2024", "2024-01-01", "2024-06-30")

FIGS = [
    F("hơn 130 trẻ em", "130", 130, "count", "trẻ em", "trẻ em thiệt thòi tại Làng trẻ em SOS Thái Bình", approx="over"),
    F("nuôi dưỡng 136 trẻ em", "136", 136, "count", "trẻ em",
      "trẻ em mồ côi, không nơi nương tựa được Làng trẻ em SOS Thái Bình nuôi dưỡng"),
    F("trong 14 ngôi nhà", "14", 14, "count", "ngôi nhà", "ngôi nhà gia đình của Làng trẻ em SOS"),
    F("từ 8 đến 10 trẻ", "8", 8, "count", "trẻ", "trẻ được mỗi bà mẹ SOS chăm sóc", value_max=10),
    F("hơn 420 trẻ", "420", 420, "count", "trẻ", "trẻ được Làng nuôi dưỡng từ khi thành lập", SINCE, approx="over"),
    F("285 em", "285", 285, "count", "em", "em đã trưởng thành, hòa nhập cộng đồng", SINCE, total=420),
    F("46 em", "46", 46, "count", "em", "em đang học đại học, cao đẳng, trung cấp nghề", SINCE, total=420),
    F("2023, 100% trẻ", "100", 100, "percent", "%", "trẻ trong độ tuổi được đến trường", Y23),
    F("31 em đạt", "31", 31, "count", "em", "em đạt danh hiệu học sinh giỏi cấp trường trở lên", Y23),
    F("khoảng 7,8 tỷ đồng", "7,8", 7.8e9, "money", "đồng", "tổng kinh phí hoạt động của Làng", Y23b, approx="about"),
    F("cấp 2,9 tỷ đồng", "2,9", 2.9e9, "money", "đồng", "ngân sách tỉnh cấp cho Làng", Y23b, total=7.8e9, percent=37.2),
    F("khoảng 3,2 triệu đồng/tháng", "3,2", 3.2e6, "money", "đồng/tháng", "mức chi nuôi dưỡng bình quân mỗi trẻ", INH(Y23b),
      approx="about"),
    F("chăm sóc 54 trẻ em", "54", 54, "count", "trẻ em",
      "trẻ em bị bỏ rơi, mồ côi được Trung tâm Công tác xã hội tỉnh chăm sóc"),
    F("trong đó 9 trẻ", "9", 9, "count", "trẻ", "trẻ dưới 36 tháng tuổi tại Trung tâm Công tác xã hội tỉnh", total=54),
    F("dưới 36 tháng tuổi", "36", 36, "measure", "tháng tuổi", approx="under", optional=True),
    F("cho 7 trẻ em", "7", 7, "count", "trẻ em", "trẻ em được tìm gia đình thay thế", H1),
    F("trong đó 5 trẻ", "5", 5, "count", "trẻ", "trẻ được nhận làm con nuôi trong nước", H1, total=7),
    F("có 3.870 trẻ em", "3.870", 3870, "count", "trẻ em", "trẻ em có hoàn cảnh đặc biệt", percent=0.96),
]

COMMENTS = [
    "Báo Thái Bình (invented Party-paper feature): Làng trẻ em SOS, Trung tâm CTXH tỉnh; byline and bare date 28/05/2024 at the end.",
    "Location Thái Bình throughout (the village is in thành phố Thái Bình; the province figures are Thái Bình too).",
    "'Từ khi thành lập năm 1998 đến nay' -> 1998-01-01 to the dateline. 285 and 46 are sibling parts after 'trong đó' -> total 420.",
    "'ngân sách tỉnh cấp 2,9 tỷ đồng, chiếm 37,2%' part of 7,8 tỷ with share. 'dưới 36 tháng tuổi' optional threshold.",
    "Distractors: tổ 7, năm 1998 (date), 28/05/2024. 'hiện' sentences have no period.",
]

if __name__ == "__main__":
    emit("p620-5", TEXT, COMMENTS, FIGS, published="2024-05-28", location="Thái Bình")
