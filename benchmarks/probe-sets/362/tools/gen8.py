from lib import F, P, build

TEXT = """Yên Phong: Bồi dưỡng chuyên môn cho người chăm sóc trẻ tại nhóm trẻ độc lập

Trong quý I/2024, Phòng Giáo dục và Đào tạo huyện Yên Phong phối hợp với Trường Cao đẳng Sư phạm Bắc Ninh mở 3 lớp bồi dưỡng cho 214 giáo viên, bảo mẫu, chủ nhóm trẻ độc lập. Kết quả, 209 học viên được cấp chứng chỉ, đạt 97,7%.

Chương trình gồm 120 tiết, tập trung vào kỹ năng chăm sóc, nuôi dưỡng, phòng chống tai nạn thương tích, sơ cấp cứu và nhận biết dấu hiệu xâm hại trẻ em. Tổng kinh phí trên 186 triệu đồng, trong đó ngân sách huyện hỗ trợ 60%, học viên đóng góp phần còn lại.

Tính đến 31/3/2024, toàn huyện có 97 nhóm trẻ độc lập với 2.436 trẻ và 268 người chăm sóc; tỷ lệ người chăm sóc có chứng chỉ bồi dưỡng đạt 91,4%, tăng 12,8% so với cùng kỳ năm 2023. Ước cả năm 2024, tỷ lệ này đạt trên 95%, vượt chỉ tiêu Nghị quyết Đại hội Đảng bộ huyện lần thứ XXII đề ra (90%).

Cũng trong quý I, đoàn kiểm tra liên ngành của huyện đã kiểm tra 26 nhóm trẻ, yêu cầu 3 nhóm bổ sung người chăm sóc do nhận quá số trẻ quy định.

Theo kế hoạch năm 2024, huyện tiếp tục mở 4 lớp bồi dưỡng cho khoảng 300 học viên tại các xã Yên Trung, Đông Phong, Tam Giang. Đồng thời, 100% nhóm trẻ sẽ được kiểm tra ít nhất 1 lần/năm về điều kiện an toàn.

Thu Hằng (Trung tâm Văn hóa - Thông tin và Thể thao huyện Yên Phong)
05/04/2024
"""

Q1 = P("quý I/2024", "2024-01-01", "2024-03-31")
Q1_I = P("quý I/2024", "2024-01-01", "2024-03-31", inherited=True)
ASOF = P("Tính đến 31/3/2024", None, "2024-03-31")
Y24 = P("cả năm 2024", "2024-01-01", "2024-12-31")
PLAN = P("kế hoạch năm 2024", "2024-01-01", "2024-12-31")
PLAN_I = P("kế hoạch năm 2024", "2024-01-01", "2024-12-31", inherited=True)

FIGS = [
    F("mở 3 lớp", "3", 3, "count", "lớp", "lớp bồi dưỡng", period=Q1),
    F("cho 214 giáo viên", "214", 214, "count", "giáo viên, bảo mẫu, chủ nhóm trẻ",
      "giáo viên, bảo mẫu, chủ nhóm trẻ độc lập được bồi dưỡng", period=Q1),
    F("209 học viên", "209", 209, "count", "học viên", "học viên được cấp chứng chỉ", percent=97.7, period=Q1_I),
    F("gồm 120 tiết", "120", 120, "measure", "tiết", "thời lượng chương trình bồi dưỡng"),
    F("trên 186 triệu", "186", 186000000, "money", "đồng", "tổng kinh phí bồi dưỡng", approx="over"),
    F("hỗ trợ 60%", "60", 60, "percent", "%", "ngân sách huyện hỗ trợ kinh phí"),
    F("có 97 nhóm", "97", 97, "count", "nhóm trẻ", "nhóm trẻ độc lập", period=ASOF),
    F("với 2.436 trẻ", "2.436", 2436, "count", "trẻ", "trẻ tại nhóm trẻ độc lập", period=ASOF),
    F("và 268 người", "268", 268, "count", "người", "người chăm sóc trẻ", period=ASOF),
    F("đạt 91,4%", "91,4", 91.4, "percent", "%", "tỷ lệ người chăm sóc có chứng chỉ bồi dưỡng",
      change={"direction": "increase", "value": 12.8, "unit": "%", "baseline": "cùng kỳ năm 2023"}, period=ASOF),
    F("đạt trên 95%", "95", 95, "percent", "%", "tỷ lệ người chăm sóc có chứng chỉ bồi dưỡng", approx="over",
      status="estimate", target={"value": 90, "unit": "%", "met": True}, period=Y24),
    F("kiểm tra 26 nhóm", "26", 26, "count", "nhóm trẻ", "nhóm trẻ được kiểm tra liên ngành",
      period=P("quý I", "2024-01-01", "2024-03-31")),
    F("yêu cầu 3 nhóm", "3", 3, "count", "nhóm", "nhóm phải bổ sung người chăm sóc",
      period=P("quý I", "2024-01-01", "2024-03-31")),
    F("mở 4 lớp", "4", 4, "count", "lớp", "lớp bồi dưỡng", status="target", period=PLAN),
    F("khoảng 300 học viên", "300", 300, "count", "học viên", "học viên được bồi dưỡng", approx="about",
      status="target", period=PLAN),
    F("Đồng thời, 100%", "100", 100, "percent", "%", "nhóm trẻ được kiểm tra về điều kiện an toàn",
      status="target", period=PLAN_I),
    F("ít nhất 1 lần/năm", "1", 1, "measure", "lần/năm", "số lần kiểm tra mỗi nhóm trẻ", approx="at_least",
      status="target", optional=True),
]

COMMENTS = [
    "Cổng TTĐT huyện Yên Phong (Bắc Ninh) style news item: training of carers in independent childcare groups, Q1/2024; no dateline at the top,",
    "byline and a bare date '05/04/2024' at the end (published). Location Yên Phong; 'Trường Cao đẳng Sư phạm Bắc Ninh' is a name, not the place.",
    "Distractors: 'quý I/2024', 'Nghị quyết Đại hội Đảng bộ huyện lần thứ XXII', communes in a list, the date at the end.",
    "'209 học viên …, đạt 97,7%': percent attribute, no total (no cue). 'Chương trình gồm 120 tiết' is a measure (duration in lessons), not a part-of cue.",
    "'trong đó ngân sách huyện hỗ trợ 60%' is a percent figure (a percent has no whole). '91,4%, tăng 12,8% so với cùng kỳ' — the level carries the change.",
    "'Ước cả năm 2024 … trên 95%, vượt chỉ tiêu … (90%)': estimate, approx over, target 90 met. 'Theo kế hoạch năm 2024' → status target, continued by 'Đồng thời'.",
    "'Cũng trong quý I' has no year: 2024 from the earlier 'quý I/2024'.",
    "'ít nhất 1 lần/năm' (inspection frequency norm) optional.",
]

if __name__ == "__main__":
    build(8, TEXT, COMMENTS, FIGS, published="2024-04-05", location="Yên Phong")
