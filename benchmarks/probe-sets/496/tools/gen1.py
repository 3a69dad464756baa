"""p496-1: province portal (Bắc Giang), opening of the 2024-2025 school year."""
from lib import emit, fig, per, inh, chg, tgt

TEXT = """CỔNG THÔNG TIN ĐIỆN TỬ TỈNH BẮC GIANG
Trang chủ > Tin tức - Sự kiện > Văn hóa - Xã hội
Bắc Giang: Hơn 470 nghìn học sinh bước vào năm học mới 2024-2025
Cập nhật: 05/09/2024 10:25
Lượt xem: 3.184

Sáng 5/9, các trường học trên địa bàn tỉnh đồng loạt tổ chức lễ khai giảng. Theo Sở Giáo dục và Đào tạo, năm học này toàn tỉnh có 1.046 trường học với 472.350 học sinh, tăng 8.120 em so với năm học trước. Trong đó, mầm non có 132.400 trẻ, tiểu học 168.900 học sinh, THCS 121.700 học sinh và THPT 49.350 học sinh.

Tuyển sinh đầu cấp, toàn tỉnh tuyển mới 24.310 học sinh vào lớp 1, đạt 100% kế hoạch; 27.640 học sinh vào lớp 6 và 21.980 học sinh vào lớp 10 THPT công lập, chiếm 68,5% số học sinh tốt nghiệp THCS.

Để đáp ứng quy mô tăng, từ đầu năm đến nay tỉnh đã xây mới 386 phòng học và 72 phòng bộ môn với tổng kinh phí hơn 512,6 tỷ đồng. Tuy vậy, tỉnh vẫn còn thiếu 415 phòng học, tập trung ở các huyện Yên Dũng (62 phòng), Lạng Giang (47 phòng) và thị xã Việt Yên (58 phòng); sĩ số bình quân cấp tiểu học là 38,5 học sinh/lớp.

Về đội ngũ, toàn ngành hiện có 24.870 cán bộ, giáo viên, nhân viên; tỷ lệ giáo viên/lớp cấp THCS mới đạt 1,82 (định mức là 1,9). Năm học 2024-2025, tỉnh còn thiếu 1.128 giáo viên, trong đó thiếu nhiều nhất là giáo viên mầm non (512 người) và giáo viên tiểu học (396 người), chủ yếu ở các môn Tiếng Anh, Tin học, Âm nhạc.

Phấn đấu đến năm 2025, tỷ lệ trường đạt chuẩn quốc gia của tỉnh đạt 85%; hiện toàn tỉnh có 812/1.046 trường đạt chuẩn, chiếm 77,6%.

Tin, ảnh: Ngọc Anh
Địa chỉ: Số 82 đường Hùng Vương, TP Bắc Giang. Điện thoại: 0204.3854.636
"""

NH = per("năm học mới 2024-2025", "2024-01-01", "2025-12-31")
NH2 = per("Năm học 2024-2025", "2024-01-01", "2025-12-31")
TDN = per("từ đầu năm đến nay", "2024-01-01", "2024-09-05")

FIGS = [
    fig("Hơn 470 nghìn học sinh", "470", 470000, "count", "học sinh",
        "học sinh bước vào năm học mới", NH, approx="over"),
    fig("có 1.046 trường học", "1.046", 1046, "count", "trường học",
        "trường học toàn tỉnh", inh(NH)),
    fig("với 472.350 học sinh", "472.350", 472350, "count", "học sinh",
        "học sinh toàn tỉnh", inh(NH),
        change=chg("increase", 8120, "em", "năm học trước")),
    fig("mầm non có 132.400 trẻ", "132.400", 132400, "count", "trẻ",
        "trẻ mầm non", inh(NH), total=472350),
    fig("tiểu học 168.900 học sinh", "168.900", 168900, "count", "học sinh",
        "học sinh tiểu học", inh(NH), total=472350),
    fig("THCS 121.700 học sinh", "121.700", 121700, "count", "học sinh",
        "học sinh THCS", inh(NH), total=472350),
    fig("THPT 49.350 học sinh", "49.350", 49350, "count", "học sinh",
        "học sinh THPT", inh(NH), total=472350),
    fig("tuyển mới 24.310 học sinh", "24.310", 24310, "count", "học sinh",
        "học sinh tuyển mới vào lớp 1", inh(NH), percent=100),
    fig("; 27.640 học sinh", "27.640", 27640, "count", "học sinh",
        "học sinh tuyển mới vào lớp 6", inh(NH)),
    fig("và 21.980 học sinh", "21.980", 21980, "count", "học sinh",
        "học sinh tuyển mới vào lớp 10 THPT công lập", inh(NH), percent=68.5),
    fig("xây mới 386 phòng học", "386", 386, "count", "phòng học",
        "phòng học xây mới", TDN),
    fig("và 72 phòng bộ môn", "72", 72, "count", "phòng bộ môn",
        "phòng bộ môn xây mới", TDN),
    fig("hơn 512,6 tỷ đồng", "512,6", 512.6e9, "money", "đồng",
        "tổng kinh phí xây mới phòng học và phòng bộ môn", TDN, approx="over"),
    fig("thiếu 415 phòng học", "415", 415, "count", "phòng học",
        "phòng học còn thiếu"),
    fig("Yên Dũng (62 phòng)", "62", 62, "count", "phòng",
        "phòng học còn thiếu", location="Yên Dũng"),
    fig("Lạng Giang (47 phòng)", "47", 47, "count", "phòng",
        "phòng học còn thiếu", location="Lạng Giang"),
    fig("Việt Yên (58 phòng)", "58", 58, "count", "phòng",
        "phòng học còn thiếu", location="Việt Yên"),
    fig("là 38,5 học sinh/lớp", "38,5", 38.5, "measure", "học sinh/lớp",
        "sĩ số bình quân cấp tiểu học"),
    fig("có 24.870 cán bộ", "24.870", 24870, "count", "cán bộ, giáo viên, nhân viên",
        "cán bộ, giáo viên, nhân viên toàn ngành"),
    fig("mới đạt 1,82", "1,82", 1.82, "measure", "giáo viên/lớp",
        "tỷ lệ giáo viên/lớp cấp THCS", target=tgt(1.9, "giáo viên/lớp", False)),
    fig("thiếu 1.128 giáo viên", "1.128", 1128, "count", "giáo viên",
        "giáo viên còn thiếu", NH2),
    fig("(512 người)", "512", 512, "count", "người",
        "giáo viên mầm non còn thiếu", inh(NH2), total=1128),
    fig("(396 người)", "396", 396, "count", "người",
        "giáo viên tiểu học còn thiếu", inh(NH2), total=1128),
    fig("đạt 85%", "85", 85, "percent", "%",
        "tỷ lệ trường đạt chuẩn quốc gia",
        per("đến năm 2025", None, "2025-12-31"), status="target"),
    fig("có 812/1.046 trường", "812", 812, "count", "trường",
        "trường đạt chuẩn quốc gia", total=1046, percent=77.6),
]

COMMENTS = [
    "Cổng TTĐT tỉnh Bắc Giang: khai giảng năm học 2024-2025 — học sinh by level, tuyển sinh đầu cấp, phòng học, giáo viên thiếu.",
    "Breadcrumb, 'Cập nhật: 05/09/2024 10:25' (published), 'Lượt xem: 3.184' (counter, not a figure).",
    "Grade names 'lớp 1', 'lớp 6', 'lớp 10', 'Sáng 5/9', the address 'Số 82 đường Hùng Vương' and the phone are not figures.",
    "'năm học X-Y' read like 'giai đoạn X-Y' (1 Jan X - 31 Dec Y); 'năm học này' refers back to the headline's năm học (inherited).",
    "Level counts after 'Trong đó' sum to 472.350 (total); district brackets after 'tập trung ở' sum to 167, not 415: no total.",
    "'(định mức là 1,9)' after the teacher/class ratio is its target (met false); 'hiện' sentences carry no period.",
]

if __name__ == "__main__":
    emit(1, TEXT, COMMENTS, FIGS, published="2024-09-05", location="Bắc Giang")
