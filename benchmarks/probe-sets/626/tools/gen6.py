"""p626-6: national press, judicial expertise (giám định tư pháp) nationwide in 2024."""
from lib import F, P, I, CH, T, emit

TEXT = """Thời sự › Pháp luật
Thứ năm, 16/1/2025, 14:05 (GMT+7)

Hơn 150.000 vụ việc giám định tư pháp mỗi năm, thiếu giám định viên pháp y

Năm 2024, các tổ chức giám định tư pháp trên cả nước đã thực hiện 152.380 vụ việc giám định, tăng khoảng 5% so với năm trước, theo báo cáo của Bộ Tư pháp gửi Quốc hội.

Trong đó, giám định pháp y nhiều nhất với 98.614 vụ việc (chiếm 64,7%), giám định kỹ thuật hình sự 39.208 vụ việc, giám định pháp y tâm thần 1.962 vụ việc; còn lại là giám định tài chính, ngân hàng, xây dựng, văn hóa. Số vụ việc giám định pháp y tâm thần gấp 1,5 lần năm 2020. Các địa phương trưng cầu nhiều nhất là TP. Hồ Chí Minh (14.520 vụ việc), Hà Nội (11.870) và Đồng Nai (6.305).

Cả nước hiện có 7.463 giám định viên tư pháp và 698 người giám định tư pháp theo vụ việc. Riêng lĩnh vực pháp y chỉ có 237 giám định viên chuyên trách, trong khi chỉ tiêu theo quy hoạch là ít nhất 450 người.

Thời gian giám định trung bình một vụ việc pháp y tâm thần là 45 ngày, có vụ kéo dài tới 90 ngày. Tính đến ngày 31/12/2024, còn 1.127 vụ việc giám định chưa có kết luận, giảm 312 vụ việc so với cùng thời điểm năm 2023.

Tổng chi phí giám định tư pháp năm 2024 khoảng 326 tỷ đồng; mức bồi dưỡng giám định pháp y tử thi hiện từ 1,2 đến 2 triệu đồng/vụ việc, theo Nghị định 81/2023/NĐ-CP. Ông Nguyễn Văn Hùng, Viện trưởng Viện Pháp y Quốc gia (số 41 Nguyễn Đình Chiểu, Hà Nội), cho rằng Luật Giám định tư pháp số 13/2012/QH13 cần sớm được sửa đổi lần thứ hai.

Sơn Hà
"""

Y24 = P("Năm 2024", "2024-01-01", "2024-12-31")
ASOF = P("Tính đến ngày 31/12/2024", None, "2024-12-31")

FIGS = [
    F("Hơn 150.000 vụ việc", "150.000", 150000, "count", "vụ việc", "vụ việc giám định tư pháp", approx="over"),
    F("thực hiện 152.380 vụ việc", "152.380", 152380, "count", "vụ việc", "vụ việc giám định tư pháp", Y24,
      change=CH("increase", 5, baseline="năm trước", approx="about")),
    F("với 98.614 vụ việc", "98.614", 98614, "count", "vụ việc", "vụ việc giám định pháp y", I(Y24),
      total=152380, percent=64.7),
    F("hình sự 39.208 vụ việc", "39.208", 39208, "count", "vụ việc", "vụ việc giám định kỹ thuật hình sự", I(Y24),
      total=152380),
    F("tâm thần 1.962 vụ việc", "1.962", 1962, "count", "vụ việc", "vụ việc giám định pháp y tâm thần", I(Y24),
      total=152380),
    F("gấp 1,5 lần", "1,5", 1.5, "multiple", "lần", "số vụ việc giám định pháp y tâm thần so với năm 2020", I(Y24)),
    F("(14.520 vụ việc)", "14.520", 14520, "count", "vụ việc", "vụ việc trưng cầu giám định", I(Y24),
      location="Hồ Chí Minh"),
    F("(11.870)", "11.870", 11870, "count", "vụ việc", "vụ việc trưng cầu giám định", I(Y24), location="Hà Nội"),
    F("(6.305)", "6.305", 6305, "count", "vụ việc", "vụ việc trưng cầu giám định", I(Y24), location="Đồng Nai"),
    F("có 7.463 giám định viên", "7.463", 7463, "count", "giám định viên tư pháp", "giám định viên tư pháp"),
    F("và 698 người", "698", 698, "count", "người", "người giám định tư pháp theo vụ việc"),
    F("có 237 giám định viên", "237", 237, "count", "giám định viên", "giám định viên pháp y chuyên trách"),
    F("ít nhất 450 người", "450", 450, "count", "người", "giám định viên pháp y chuyên trách theo quy hoạch",
      approx="at_least", status="target"),
    F("là 45 ngày", "45", 45, "measure", "ngày", "thời gian giám định trung bình một vụ việc pháp y tâm thần"),
    F("tới 90 ngày", "90", 90, "measure", "ngày", "thời gian giám định vụ việc pháp y tâm thần kéo dài nhất"),
    F("còn 1.127 vụ việc", "1.127", 1127, "count", "vụ việc", "vụ việc giám định chưa có kết luận", ASOF,
      change=CH("decrease", 312, "vụ việc", baseline="cùng thời điểm năm 2023")),
    F("khoảng 326 tỷ đồng", "326", 326e9, "money", "đồng", "tổng chi phí giám định tư pháp",
      P("năm 2024", "2024-01-01", "2024-12-31"), approx="about"),
    F("từ 1,2 đến 2 triệu", "1,2", 1.2e6, "money", "đồng/vụ việc", "mức bồi dưỡng giám định pháp y tử thi",
      value_max=2e6),
]

COMMENTS = [
    "National press (invented, VnExpress style): giám định tư pháp năm 2024 — vụ việc by field and province, experts, backlog, cost.",
    "Dateline 'Thứ năm, 16/1/2025, 14:05 (GMT+7)'; byline at the end. Location Việt Nam (cả nước) except the province list.",
    "Distractors: Nghị định 81/2023/NĐ-CP, Luật Giám định tư pháp số 13/2012/QH13, 'lần thứ hai' (ordinal), số 41 Nguyễn Đình Chiểu,",
    "'năm 2020' as a baseline, 'năm trước', 'cùng thời điểm năm 2023'.",
    "'Trong đó' parts (98.614, 39.208, 1.962) take the whole 152.380; 'chiếm 64,7%' is the 98.614's percent.",
    "'gấp 1,5 lần năm 2020' in its own sentence with no amount: a multiple figure. 'giảm 312 vụ việc so với …' is the 1.127's change.",
    "'chỉ tiêu theo quy hoạch là ít nhất 450 người' → target, at_least. Range '1,2 đến 2 triệu đồng/vụ việc': money with the rate unit.",
    "'hiện' / no period phrase → no period; list items inherit 'Năm 2024' from the lead (not scored).",
]

if __name__ == "__main__":
    emit("p626-6", TEXT, COMMENTS, FIGS, published="2025-01-16", location="Việt Nam")
