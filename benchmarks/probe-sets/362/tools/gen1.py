from lib import F, P, build

TEXT = """Bình Dương tăng cường quản lý nhóm trẻ, lớp mẫu giáo độc lập tư thục
Cập nhật: 16/07/2024 08:45 | Lượt xem: 2.317

Theo báo cáo của Sở Giáo dục và Đào tạo, tính đến ngày 30/6/2024, toàn tỉnh có 1.126 nhóm trẻ, lớp mẫu giáo độc lập tư thục, tăng 58 cơ sở so với cùng kỳ năm 2023. Trong đó, 968 cơ sở đã được cấp phép hoạt động, chiếm 86%; 158 cơ sở đang hoàn thiện hồ sơ theo Thông tư số 49/2021/TT-BGDĐT.

Các cơ sở này đang nuôi dạy 31.540 trẻ từ 6 tháng đến 5 tuổi, chiếm 24,6% tổng số trẻ mầm non toàn tỉnh. Số cơ sở tập trung chủ yếu tại các địa bàn đông công nhân: TP Thuận An 412 cơ sở, TP Dĩ An 365 cơ sở, TP Thủ Dầu Một 148 cơ sở, TP Bến Cát 97 cơ sở.

Đội ngũ chăm sóc, giáo dục trẻ tại các nhóm, lớp độc lập có 2.874 người, trong đó 2.313 người đã có chứng chỉ bồi dưỡng chuyên môn giáo dục mầm non (đạt 80,5%), cao hơn 6,2% so với cuối năm 2023. Hiện vẫn còn hơn 550 bảo mẫu chưa qua đào tạo, bồi dưỡng.

Trong 6 tháng đầu năm 2024, các đoàn kiểm tra liên ngành đã kiểm tra 436 lượt cơ sở, phát hiện 52 cơ sở vi phạm, xử phạt hành chính 31 trường hợp với tổng số tiền 246,5 triệu đồng; đình chỉ hoạt động 7 nhóm trẻ không bảo đảm an toàn cho trẻ. Đáng chú ý, có 3 vụ việc trẻ bị bạo hành, xâm hại tại nhóm trẻ đã được chuyển cơ quan công an xử lý.

Năm 2024, tỉnh phấn đấu 100% nhóm trẻ, lớp mẫu giáo độc lập được cấp phép; 95% bảo mẫu, giáo viên có chứng chỉ bồi dưỡng. Người dân phát hiện nhóm trẻ hoạt động không phép có thể phản ánh qua đường dây nóng 0274.3822.519 hoặc Tổng đài 1022.
"""

ASOF = P("tính đến ngày 30/6/2024", None, "2024-06-30")
ASOF_I = P("tính đến ngày 30/6/2024", None, "2024-06-30", inherited=True)
H1 = P("6 tháng đầu năm 2024", "2024-01-01", "2024-06-30")
H1_I = P("6 tháng đầu năm 2024", "2024-01-01", "2024-06-30", inherited=True)
Y24 = P("Năm 2024", "2024-01-01", "2024-12-31")
LIST = "cơ sở nhóm trẻ, lớp mẫu giáo độc lập tư thục"

FIGS = [
    F("có 1.126 nhóm trẻ", "1.126", 1126, "count", "nhóm trẻ, lớp mẫu giáo",
      "nhóm trẻ, lớp mẫu giáo độc lập tư thục",
      change={"direction": "increase", "value": 58, "unit": "cơ sở", "baseline": "cùng kỳ năm 2023"}, period=ASOF),
    F("Trong đó, 968 cơ sở", "968", 968, "count", "cơ sở", "cơ sở đã được cấp phép hoạt động",
      total=1126, percent=86, period=ASOF_I),
    F("; 158 cơ sở", "158", 158, "count", "cơ sở", "cơ sở đang hoàn thiện hồ sơ", total=1126, period=ASOF_I),
    F("nuôi dạy 31.540 trẻ", "31.540", 31540, "count", "trẻ", "trẻ được nuôi dạy tại các nhóm trẻ, lớp mẫu giáo độc lập",
      percent=24.6, period=ASOF_I),
    F("từ 6 tháng đến 5 tuổi", "6", 6, "measure", "tháng", "độ tuổi trẻ", optional=True),
    F("đến 5 tuổi", "5", 5, "measure", "tuổi", "độ tuổi trẻ", optional=True),
    F("Thuận An 412 cơ sở", "412", 412, "count", "cơ sở", LIST, period=ASOF_I, location="Thuận An"),
    F("Dĩ An 365 cơ sở", "365", 365, "count", "cơ sở", LIST, period=ASOF_I, location="Dĩ An"),
    F("Thủ Dầu Một 148 cơ sở", "148", 148, "count", "cơ sở", LIST, period=ASOF_I, location="Thủ Dầu Một"),
    F("Bến Cát 97 cơ sở", "97", 97, "count", "cơ sở", LIST, period=ASOF_I, location="Bến Cát"),
    F("có 2.874 người", "2.874", 2874, "count", "người", "đội ngũ chăm sóc, giáo dục trẻ tại các nhóm, lớp độc lập"),
    F("trong đó 2.313 người", "2.313", 2313, "count", "người",
      "người đã có chứng chỉ bồi dưỡng chuyên môn giáo dục mầm non", total=2874, percent=80.5,
      change={"direction": "increase", "value": 6.2, "unit": "%", "baseline": "cuối năm 2023"}),
    F("hơn 550 bảo mẫu", "550", 550, "count", "bảo mẫu", "bảo mẫu chưa qua đào tạo, bồi dưỡng", approx="over"),
    F("kiểm tra 436 lượt", "436", 436, "count", "lượt cơ sở", "lượt cơ sở được kiểm tra liên ngành", period=H1),
    F("phát hiện 52 cơ sở", "52", 52, "count", "cơ sở", "cơ sở vi phạm", period=H1),
    F("xử phạt hành chính 31 trường hợp", "31", 31, "count", "trường hợp", "trường hợp bị xử phạt hành chính", period=H1),
    F("246,5 triệu đồng", "246,5", 246500000, "money", "đồng", "tổng số tiền xử phạt hành chính", period=H1),
    F("đình chỉ hoạt động 7 nhóm", "7", 7, "count", "nhóm trẻ", "nhóm trẻ bị đình chỉ hoạt động", period=H1),
    F("có 3 vụ việc", "3", 3, "count", "vụ việc", "vụ việc trẻ bị bạo hành, xâm hại tại nhóm trẻ", period=H1_I),
    F("phấn đấu 100% nhóm trẻ", "100", 100, "percent", "%", "nhóm trẻ, lớp mẫu giáo độc lập được cấp phép",
      status="target", period=Y24),
    F("; 95% bảo mẫu", "95", 95, "percent", "%", "bảo mẫu, giáo viên có chứng chỉ bồi dưỡng", status="target", period=Y24),
]

COMMENTS = [
    "Cổng TTĐT tỉnh Bình Dương (province portal): nhóm trẻ, lớp mẫu giáo độc lập tư thục at 30/6/2024, carers, inspections H1/2024, 2024 targets.",
    "Dateline 'Cập nhật: 16/07/2024 08:45 | Lượt xem: 2.317' (view counter is page furniture).",
    "Distractors: 'Lượt xem: 2.317', 'Thông tư số 49/2021/TT-BGDĐT', hotline 0274.3822.519, 'Tổng đài 1022', dates.",
    "'Trong đó, 968 …; 158 …' are parts of 1.126 (sentence break after the whole). The district list after ':' has no whole figure before the cue: no total.",
    "'cao hơn 6,2% so với cuối năm 2023' is the change of 2.313 (which carries its share 80,5% in brackets). Age bounds 'từ 6 tháng đến 5 tuổi' optional.",
    "'Hiện vẫn còn hơn 550 bảo mẫu' has no stated period (left null). Targets after 'phấn đấu' in 'Năm 2024' are status target.",
]

if __name__ == "__main__":
    build(1, TEXT, COMMENTS, FIGS, published="2024-07-16", location="Bình Dương")
