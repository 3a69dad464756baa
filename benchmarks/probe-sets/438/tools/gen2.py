from lib import *

TEXT = """Mường Tè chăm lo cho học sinh bán trú vùng cao

Thứ Hai, 16/09/2024 - 15:20

Năm học 2024-2025, toàn huyện Mường Tè có 58 trường học với 13.652 học sinh. Trong đó, 4.820 học sinh được hưởng chính sách hỗ trợ theo Nghị định số 116/2016/NĐ-CP của Chính phủ, chiếm 35,3% tổng số học sinh, gồm 4.215 học sinh bán trú và 605 học sinh ở trọ gần trường.

Theo quy định, mỗi học sinh được hỗ trợ tiền ăn bằng 40% mức lương cơ sở và 15 kg gạo/tháng; nhà trường được hỗ trợ kinh phí thuê người nấu ăn. Trong quý IV/2024, huyện dự kiến cấp 289,2 tấn gạo và hơn 10,6 tỷ đồng tiền ăn cho học sinh. Tổng kinh phí thực hiện chính sách hỗ trợ học sinh bán trú năm 2024 ước đạt 32,5 tỷ đồng, tăng 8,4% so với năm 2023.

Tuy vậy, tình trạng học sinh bỏ học vẫn là nỗi lo của ngành giáo dục huyện. Năm học 2023-2024, toàn huyện có 127 học sinh bỏ học, tăng 15 học sinh so với năm học 2022-2023; tỷ lệ bỏ học cấp trung học cơ sở là 2,1%, cao nhất tỉnh Lai Châu. Học sinh bỏ học tập trung chủ yếu ở các xã Thu Lũm, Pa Ủ, Ka Lăng, nơi nhiều em phải theo gia đình lên nương hoặc sang huyện khác làm thuê.

Để kéo các em trở lại lớp, huyện đã thành lập 14 tổ công tác gồm giáo viên, cán bộ xã và già làng, trưởng bản. Tính đến ngày 15/9/2024, các tổ đã vận động được 86/127 học sinh trở lại trường, đạt 67,7%. Ông Lò Văn Tuân, Trưởng phòng Giáo dục và Đào tạo huyện cho biết: "Chúng tôi phấn đấu đến hết năm 2024 vận động thêm ít nhất 20 em quay lại lớp, không để học sinh nào bỏ học vì thiếu ăn, thiếu mặc".

Lò Thị Hương - Trung tâm VH-TT&TT huyện Mường Tè
Điện thoại đường dây nóng: 0213.3881.135
"""

Y25 = P("Năm học 2024-2025", "2024-09-01", "2025-05-31")
Y25I = P("Năm học 2024-2025", "2024-09-01", "2025-05-31", inh=True)
Y24 = P("Năm học 2023-2024", "2023-09-01", "2024-05-31")
Q4 = P("quý IV/2024", "2024-10-01", "2024-12-31")

FIGS = [
    F("có 58 trường học", "58", 58, "count", "trường học", "trường học", Y25),
    F("với 13.652 học sinh", "13.652", 13652, "count", "học sinh", "học sinh", Y25),
    F("4.820 học sinh được", "4.820", 4820, "count", "học sinh", "học sinh được hưởng chính sách hỗ trợ theo Nghị định số 116/2016/NĐ-CP",
      Y25I, total=13652, percent=35.3),
    F("gồm 4.215 học sinh", "4.215", 4215, "count", "học sinh", "học sinh bán trú", Y25I, total=4820),
    F("và 605 học sinh", "605", 605, "count", "học sinh", "học sinh ở trọ gần trường", Y25I, total=4820),
    F("bằng 40% mức lương", "40", 40, "percent", "%", "mức hỗ trợ tiền ăn mỗi học sinh so với mức lương cơ sở"),
    F("15 kg gạo/tháng", "15", 15, "measure", "kg/tháng", "gạo hỗ trợ mỗi học sinh"),
    F("289,2 tấn gạo", "289,2", 289.2, "measure", "tấn", "gạo cấp cho học sinh", Q4, status="forecast"),
    F("hơn 10,6 tỷ đồng", "10,6", 10.6e9, "money", "đồng", "tiền ăn cho học sinh", Q4, approx="over", status="forecast"),
    F("ước đạt 32,5 tỷ đồng", "32,5", 32.5e9, "money", "đồng", "tổng kinh phí thực hiện chính sách hỗ trợ học sinh bán trú",
      P("năm 2024", "2024-01-01", "2024-12-31"), status="estimate", change=C("increase", 8.4, "%", "năm 2023")),
    F("có 127 học sinh bỏ học", "127", 127, "count", "học sinh", "học sinh bỏ học", Y24,
      change=C("increase", 15, "học sinh", "năm học 2022-2023")),
    F("là 2,1%", "2,1", 2.1, "percent", "%", "tỷ lệ bỏ học cấp trung học cơ sở", Y24),
    F("thành lập 14 tổ công tác", "14", 14, "count", "tổ công tác", "tổ công tác vận động học sinh trở lại lớp"),
    F("86/127 học sinh", "86", 86, "count", "học sinh", "học sinh được vận động trở lại trường",
      P("Tính đến ngày 15/9/2024", None, "2024-09-15"), total=127, percent=67.7),
    F("ít nhất 20 em", "20", 20, "count", "em", "học sinh vận động thêm quay lại lớp",
      P("đến hết năm 2024", None, "2024-12-31"), approx="at_least", status="target"),
]

emit("p438-2", TEXT, [
    "Cổng TTĐT huyện Mường Tè (district portal, Lai Châu): boarding pupils' support policy, dropouts, campaign to bring pupils back.",
    "Dateline 'Thứ Hai, 16/09/2024 - 15:20', byline at the end. Distractors: 'Nghị định số 116/2016/NĐ-CP', hotline 0213.3881.135,",
    "'Trung tâm VH-TT&TT', commune names (no figures on them). Location Mường Tè (district) by default.",
    "'4.820 … chiếm 35,3% …, gồm 4.215 … và 605 …': 4.820 follows 'Trong đó' after 13.652 (total), and is itself the whole of the 'gồm' parts.",
    "'bằng 40% mức lương cơ sở' and '15 kg gạo/tháng' are policy norms with no period. 'dự kiến' governs both quý IV figures (forecast).",
    "revised after the first run: '15 kg gạo/tháng' unit 'kg gạo/tháng' -> 'kg/tháng' (the measure and its denominator, as 'tạ/ha'; gạo is the subject, and '289,2 tấn gạo' already had unit 'tấn').",
    "'86/127 học sinh … đạt 67,7%': total 127, percent 67,7. 'phấn đấu … ít nhất 20 em': target, at_least, period to end of 2024.",
], FIGS, published="2024-09-16", location="Mường Tè")
