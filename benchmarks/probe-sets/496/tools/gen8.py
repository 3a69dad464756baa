"""p496-8: sector newspaper (Giáo dục & Thời đại), Hà Nội grade-10 places, tag + time dateline."""
from lib import emit, fig, per, inh, chg, tgt

TEXT = """GIÁO DỤC & THỜI ĐẠI
Giáo dục > Tuyển sinh
Hà Nội: Trường công lập đáp ứng khoảng 61% nhu cầu vào lớp 10
09:12, 22/08/2024

GD&TĐ - Năm học 2024-2025, Hà Nội có khoảng 126.000 học sinh tốt nghiệp THCS, tăng gần 9.000 em so với năm học trước. Tổng chỉ tiêu vào lớp 10 của 127 trường THPT công lập là 77.420 học sinh, chiếm khoảng 61,4% số học sinh tốt nghiệp.

Kỳ thi tuyển sinh vào lớp 10 diễn ra trong tháng 6/2024 có 105.562 thí sinh đăng ký, số thí sinh dự thi thực tế là 103.614 em, chiếm 98,2%. Điểm chuẩn vào các trường dao động từ 10,25 đến 24,75 điểm; cao nhất là Trường THPT Yên Hòa (quận Cầu Giấy).

Để giảm áp lực, thành phố đưa vào hoạt động thêm 8 trường THPT công lập mới và tăng 1.835 chỉ tiêu so với kế hoạch ban đầu; các trường được tuyển tối đa 45 học sinh/lớp. Số học sinh không đỗ công lập ước khoảng 40.000-45.000 em. Các em có thể theo học tại 128 trường THPT tư thục, 30 trung tâm giáo dục nghề nghiệp - giáo dục thường xuyên.

Cũng theo Sở Giáo dục và Đào tạo, năm 2024 Hà Nội được giao tuyển dụng 4.850 giáo viên, tính đến ngày 20/8 đã tuyển được 2.236 người; số giáo viên còn thiếu khoảng 3.500 người, nhiều nhất ở các quận Hoàng Mai (412 người), Long Biên (365 người) và huyện Gia Lâm (318 người).

Lê Văn
Đường dây nóng tuyển sinh: 024.3941.0257
"""

NH = per("Năm học 2024-2025", "2024-01-01", "2025-12-31")
T6 = per("tháng 6/2024", "2024-06-01", "2024-06-30")
Y24 = per("năm 2024", "2024-01-01", "2024-12-31")

FIGS = [
    fig("khoảng 61% nhu cầu", "61", 61, "percent", "%",
        "nhu cầu vào lớp 10 trường công lập đáp ứng", approx="about"),
    fig("khoảng 126.000 học sinh", "126.000", 126000, "count", "học sinh",
        "học sinh tốt nghiệp THCS", NH, approx="about",
        change=chg("increase", 9000, "em", "năm học trước", approx="nearly")),
    fig("của 127 trường", "127", 127, "count", "trường",
        "trường THPT công lập", inh(NH)),
    fig("là 77.420 học sinh", "77.420", 77420, "count", "học sinh",
        "tổng chỉ tiêu vào lớp 10 của các trường THPT công lập", inh(NH),
        percent=61.4, status="target"),
    fig("có 105.562 thí sinh", "105.562", 105562, "count", "thí sinh",
        "thí sinh đăng ký kỳ thi tuyển sinh vào lớp 10", T6),
    fig("là 103.614 em", "103.614", 103614, "count", "em",
        "thí sinh dự thi thực tế", T6, percent=98.2),
    fig("từ 10,25 đến 24,75 điểm", "10,25", 10.25, "measure", "điểm",
        "điểm chuẩn vào các trường", value_max=24.75),
    fig("thêm 8 trường", "8", 8, "count", "trường",
        "trường THPT công lập mới đưa vào hoạt động"),
    fig("tăng 1.835 chỉ tiêu", "1.835", 1835, "count", "chỉ tiêu",
        "chỉ tiêu tăng so với kế hoạch ban đầu", status="target"),
    fig("tối đa 45 học sinh/lớp", "45", 45, "measure", "học sinh/lớp",
        "sĩ số tối đa được tuyển", approx="at_most", optional=True),
    fig("khoảng 40.000-45.000 em", "40.000", 40000, "count", "em",
        "học sinh không đỗ công lập", value_max=45000, approx="about", status="estimate"),
    fig("tại 128 trường", "128", 128, "count", "trường",
        "trường THPT tư thục"),
    fig("30 trung tâm", "30", 30, "count", "trung tâm",
        "trung tâm giáo dục nghề nghiệp - giáo dục thường xuyên"),
    fig("tuyển dụng 4.850 giáo viên", "4.850", 4850, "count", "giáo viên",
        "giáo viên được giao tuyển dụng", Y24, status="target"),
    fig("được 2.236 người", "2.236", 2236, "count", "người",
        "giáo viên đã tuyển được", per("tính đến ngày 20/8", None, "2024-08-20")),
    fig("khoảng 3.500 người", "3.500", 3500, "count", "người",
        "giáo viên còn thiếu", approx="about"),
    fig("(412 người)", "412", 412, "count", "người",
        "giáo viên còn thiếu", location="Hoàng Mai"),
    fig("(365 người)", "365", 365, "count", "người",
        "giáo viên còn thiếu", location="Long Biên"),
    fig("(318 người)", "318", 318, "count", "người",
        "giáo viên còn thiếu", location="Gia Lâm"),
]

COMMENTS = [
    "Giáo dục & Thời đại (sector newspaper): Hà Nội tuyển sinh lớp 10 công lập 2024-2025; dateline '09:12, 22/08/2024', tag 'GD&TĐ -'.",
    "Not figures: 'lớp 10', 'quận Cầu Giấy', hotline '024.3941.0257'. 'tối đa 45 học sinh/lớp' (an allowed cap) is optional, as in p496-2.",
    "Enrolment quota ('Tổng chỉ tiêu ... là 77.420 học sinh', 'tăng 1.835 chỉ tiêu', 'được giao tuyển dụng 4.850 giáo viên') -> status target;",
    "'chiếm khoảng 61,4%' is the quota's percent. 'tăng 1.835 chỉ tiêu so với kế hoạch ban đầu' stands alone as the claim (a count, no change).",
    "'ước khoảng 40.000-45.000 em' -> estimate, range; the next sentence (128 private schools) is actual. 2.236 takes its own",
    "as-of 'tính đến ngày 20/8' (year from the dateline); 4.850 'năm 2024'. District shortages in brackets after 'nhiều nhất ở' do not add up to 3.500: no total.",
]

if __name__ == "__main__":
    emit(8, TEXT, COMMENTS, FIGS, published="2024-08-22", location="Hà Nội")
