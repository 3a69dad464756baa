"""p1207-6: national newspaper, TP HCM survey of pupils' stress; a school in Gò Vấp; counsellors' pay; national estimate."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """Giáo dục › Tin tức
Thứ ba, 15/10/2024, 06:00 (GMT+7)

Hơn 35% học sinh ở TP HCM từng căng thẳng kéo dài

Khảo sát hơn 9.600 học sinh THCS, THPT cho thấy 35,2% em từng có dấu hiệu căng thẳng kéo dài trên hai tuần, song chỉ 14% tìm đến phòng tư vấn của trường.

Khảo sát do Sở Giáo dục và Đào tạo TP HCM phối hợp Trường Đại học Sư phạm TP HCM thực hiện tại 48 trường, công bố hôm 14/10. Tỷ lệ học sinh từng căng thẳng kéo dài ở khối THPT và THCS lần lượt là 39,8% và 31,5%; 11,7% em có biểu hiện trầm cảm ở mức vừa và nặng. Khoảng 62% em cho biết áp lực lớn nhất đến từ học tập, thi cử; 24% từ mạng xã hội.

Tại quận Gò Vấp, Trường THCS Nguyễn Văn Trỗi là một trong số ít trường có chuyên viên tâm lý làm việc toàn thời gian. Năm học trước, chuyên viên của trường đã thực hiện 318 buổi tư vấn cá nhân và 24 buổi sinh hoạt chuyên đề cho học sinh từ khối 6 đến khối 9. Phụ huynh có thể đặt lịch qua số 028.3894.2517.

Theo Sở GD&ĐT, toàn thành phố có 2.315 trường phổ thông, trong đó khoảng 1.100 trường có phòng tư vấn tâm lý riêng. Tuy nhiên, mới có khoảng 350 trường ký hợp đồng với chuyên viên tâm lý, mức chi trả phổ biến từ 5 đến 8 triệu đồng/tháng; nhiều trường phải vận động phụ huynh đóng góp 20.000-30.000 đồng/học sinh/tháng.

Trên phạm vi cả nước, Bộ Y tế ước tính khoảng 3 triệu trẻ em, thanh thiếu niên đang gặp vấn đề sức khỏe tâm thần. Sở GD&ĐT TP HCM dự kiến đến năm 2026, mỗi trường THCS, THPT công lập sẽ có ít nhất một nhân viên tư vấn chuyên trách.

Lê Nguyễn
"""

T26 = per("đến năm 2026", None, "2026-12-31")
STRESS = "tỷ lệ học sinh từng có dấu hiệu căng thẳng kéo dài"
GV = "Gò Vấp"

FIGS = [
    fig("Hơn 35%", "35", 35, "percent", "%", approx="over", subject=STRESS),
    fig("hơn 9.600 học sinh", "9.600", 9600, "count", "học sinh", approx="over",
        subject="học sinh THCS, THPT được khảo sát"),
    fig("35,2% em", "35,2", 35.2, "percent", "%", subject=STRESS),
    fig("trên hai tuần", "hai", 2, "measure", "tuần", approx="over", optional=True,
        subject="thời gian căng thẳng kéo dài"),
    fig("chỉ 14%", "14", 14, "percent", "%",
        subject="tỷ lệ học sinh tìm đến phòng tư vấn của trường"),
    fig("tại 48 trường", "48", 48, "count", "trường", subject="trường được khảo sát"),
    fig("là 39,8%", "39,8", 39.8, "percent", "%", subject=f"{STRESS} khối THPT"),
    fig("và 31,5%", "31,5", 31.5, "percent", "%", subject=f"{STRESS} khối THCS"),
    fig("11,7% em", "11,7", 11.7, "percent", "%",
        subject="tỷ lệ học sinh có biểu hiện trầm cảm ở mức vừa và nặng"),
    fig("Khoảng 62%", "62", 62, "percent", "%", approx="about",
        subject="tỷ lệ học sinh cho biết áp lực lớn nhất đến từ học tập, thi cử"),
    fig("24% từ", "24", 24, "percent", "%",
        subject="tỷ lệ học sinh cho biết áp lực lớn nhất đến từ mạng xã hội"),
    fig("thực hiện 318 buổi", "318", 318, "count", "buổi",
        subject="buổi tư vấn cá nhân", location=GV),
    fig("và 24 buổi", "24", 24, "count", "buổi",
        subject="buổi sinh hoạt chuyên đề", location=GV),
    fig("có 2.315 trường", "2.315", 2315, "count", "trường", subject="trường phổ thông"),
    fig("khoảng 1.100 trường", "1.100", 1100, "count", "trường", approx="about", total=2315,
        subject="trường có phòng tư vấn tâm lý riêng"),
    fig("khoảng 350 trường", "350", 350, "count", "trường", approx="about",
        subject="trường ký hợp đồng với chuyên viên tâm lý"),
    fig("từ 5 đến 8 triệu", "5", 5000000, "money", "đồng/tháng", value_max=8000000,
        subject="mức chi trả chuyên viên tâm lý"),
    fig("20.000-30.000", "20.000", 20000, "money", "đồng/học sinh/tháng", value_max=30000,
        subject="mức phụ huynh đóng góp"),
    fig("khoảng 3 triệu", "3", 3000000, "count", "trẻ em, thanh thiếu niên", approx="about", status="estimate",
        subject="trẻ em, thanh thiếu niên đang gặp vấn đề sức khỏe tâm thần", location="Việt Nam"),
    fig("ít nhất một nhân viên", "một", 1, "measure", "nhân viên/trường", approx="at_least", status="forecast",
        subject="nhân viên tư vấn chuyên trách mỗi trường THCS, THPT công lập", period=T26),
]

NOTES = [
    "National newspaper: 'Thứ ba, 15/10/2024, 06:00 (GMT+7)' (published 2024-10-15), byline at the end. Default place TP Hồ Chí Minh;",
    "the Gò Vấp school passage (two sentences) is Gò Vấp; the Bộ Y tế estimate ('Trên phạm vi cả nước') is Việt Nam.",
    "Distractors: '06:00', '(GMT+7)', 'hôm 14/10', 'khối 6 đến khối 9' (grade names), phone 028.3894.2517, 'Năm học trước'.",
    "'trên hai tuần' defines the indicator: optional. '35,2%' in the lead and '35%' in the headline are separate mentions.",
    "'lần lượt là 39,8% và 31,5%' list items (not places) get the indicator + item. '24% từ mạng xã hội' has no approx",
    "('Khoảng' governs only 62%). '350 trường' stands in a new sentence: no total. '20.000-30.000 đồng' range.",
    "The survey and the school passage state no dated period; 'đến năm 2026' (forecast) ends 2026-12-31.",
]

if __name__ == "__main__":
    write("p1207-6", TEXT, NOTES, FIGS, published="2024-10-15", location="TP Hồ Chí Minh")
