"""p692-4: ministry site (Bộ GD&ĐT) - Vietnamese students sent abroad on state-budget scholarships, 2023."""
from lib import write, fig, per, inh, ch

TEXT = """BỘ GIÁO DỤC VÀ ĐÀO TẠO
Trang chủ › Tin tức › Hợp tác quốc tế
Ngày đăng: 14/03/2024 | Lượt xem: 2.905

Năm 2023, cử 1.068 lưu học sinh đi học tập ở nước ngoài bằng ngân sách nhà nước

Theo báo cáo của Cục Hợp tác quốc tế, năm 2023 Bộ Giáo dục và Đào tạo đã cử 1.068 người đi học tập ở nước ngoài theo các chương trình học bổng sử dụng ngân sách nhà nước, tăng 11,6% so với năm 2022. Trong đó, diện Hiệp định với các nước có 614 người, diện Đề án 89 là 298 người, còn lại là các học bổng khác.

Trong số 1.068 người được cử đi, có 412 người học tiến sĩ, 285 người học thạc sĩ, 301 người học đại học và 70 thực tập sinh. Các nước tiếp nhận nhiều lưu học sinh diện học bổng nhất lần lượt là Liên bang Nga (305 người), Trung Quốc (174 người) và Hungary (126 người).

Tính đến ngày 31/12/2023, tổng số lưu học sinh Việt Nam đang học tập ở nước ngoài theo diện ngân sách nhà nước là 3.745 người tại 41 quốc gia và vùng lãnh thổ. Tỷ lệ lưu học sinh tốt nghiệp về nước đúng hạn đạt 96,2%; có 18 trường hợp tự ý bỏ học hoặc không về nước phải bồi hoàn kinh phí đào tạo với tổng số tiền gần 9,7 tỷ đồng.

Kinh phí ngân sách nhà nước chi cho đào tạo lưu học sinh ở nước ngoài năm 2023 là 612,5 tỷ đồng, đạt 91,4% dự toán được giao. Theo Thông tư số 06/2023/TT-BGDĐT, lưu học sinh tại châu Âu được cấp sinh hoạt phí tối thiểu 1.100 USD/tháng.

Năm 2024, Bộ dự kiến tuyển chọn khoảng 1.200 ứng viên đi học nước ngoài. Riêng Chính phủ Liên bang Nga dành cho Việt Nam 1.035 suất học bổng, đứng thứ 2 trong số các quốc gia nhận học bổng của Nga.

Cục Hợp tác quốc tế - 35 Đại Cồ Việt, Hai Bà Trưng, Hà Nội. Điện thoại: 024.3869.4905
"""

Y23 = per("năm 2023", "2023-01-01", "2023-12-31")
Y24 = per("Năm 2024", "2024-01-01", "2024-12-31")
ASOF = per("Tính đến ngày 31/12/2023", end="2023-12-31")

FIGS = [
    fig("cử 1.068 lưu học sinh", "1.068", 1068, "count", "lưu học sinh",
        "lưu học sinh đi học tập ở nước ngoài bằng ngân sách nhà nước", per("Năm 2023", "2023-01-01", "2023-12-31")),
    fig("cử 1.068 người", "1.068", 1068, "count", "người",
        "người đi học tập ở nước ngoài theo các chương trình học bổng sử dụng ngân sách nhà nước", Y23,
        change=ch("increase", 11.6, "%", "năm 2022")),
    fig("có 614 người", "614", 614, "count", "người", "lưu học sinh diện Hiệp định với các nước", inh(Y23), total=1068),
    fig("là 298 người", "298", 298, "count", "người", "lưu học sinh diện Đề án 89", inh(Y23), total=1068),
    fig("Trong số 1.068 người", "1.068", 1068, "count", "người", "người được cử đi", inh(Y23), optional=True),
    fig("có 412 người", "412", 412, "count", "người", "người học tiến sĩ", inh(Y23), total=1068),
    fig("285 người", "285", 285, "count", "người", "người học thạc sĩ", inh(Y23), total=1068),
    fig("301 người", "301", 301, "count", "người", "người học đại học", inh(Y23), total=1068),
    fig("70 thực tập sinh", "70", 70, "count", "thực tập sinh", "thực tập sinh", inh(Y23), total=1068),
    fig("Nga (305 người)", "305", 305, "count", "người", "lưu học sinh diện học bổng tại Liên bang Nga", inh(Y23)),
    fig("Quốc (174 người)", "174", 174, "count", "người", "lưu học sinh diện học bổng tại Trung Quốc", inh(Y23)),
    fig("Hungary (126 người)", "126", 126, "count", "người", "lưu học sinh diện học bổng tại Hungary", inh(Y23)),
    fig("là 3.745 người", "3.745", 3745, "count", "người",
        "lưu học sinh Việt Nam đang học tập ở nước ngoài theo diện ngân sách nhà nước", ASOF),
    fig("tại 41 quốc gia", "41", 41, "count", "quốc gia và vùng lãnh thổ",
        "quốc gia và vùng lãnh thổ có lưu học sinh diện ngân sách nhà nước", ASOF),
    fig("đạt 96,2%", "96,2", 96.2, "percent", "%", "tỷ lệ lưu học sinh tốt nghiệp về nước đúng hạn", inh(ASOF)),
    fig("có 18 trường hợp", "18", 18, "count", "trường hợp",
        "trường hợp tự ý bỏ học hoặc không về nước phải bồi hoàn kinh phí đào tạo", inh(ASOF)),
    fig("gần 9,7 tỷ đồng", "9,7", 9.7e9, "money", "đồng", "tổng số tiền bồi hoàn kinh phí đào tạo", inh(ASOF), approx="nearly"),
    fig("là 612,5 tỷ đồng", "612,5", 612.5e9, "money", "đồng",
        "kinh phí ngân sách nhà nước chi cho đào tạo lưu học sinh ở nước ngoài", Y23, percent=91.4),
    fig("tối thiểu 1.100 USD/tháng", "1.100", 1100, "money", "USD/tháng", "sinh hoạt phí lưu học sinh tại châu Âu",
        approx="at_least"),
    fig("khoảng 1.200 ứng viên", "1.200", 1200, "count", "ứng viên", "ứng viên đi học nước ngoài được tuyển chọn", Y24,
        approx="about", status="forecast"),
    fig("dành cho Việt Nam 1.035 suất", "1.035", 1035, "count", "suất học bổng",
        "suất học bổng Chính phủ Liên bang Nga dành cho Việt Nam", inh(Y24)),
    fig("đứng thứ 2", "2", 2, "rank", "hạng", "thứ hạng trong số các quốc gia nhận học bổng của Nga", inh(Y24)),
]

COMMENTS = [
    "Bộ GD&ĐT site: lưu học sinh được cử đi học nước ngoài bằng ngân sách nhà nước năm 2023. 'Ngày đăng: 14/03/2024' is the dateline.",
    "National figures: location Việt Nam; destination countries (Liên bang Nga, Trung Quốc, Hungary) are not places, they stay in the subject.",
    "'Trong đó … 614 …, 298 …' are parts of 1.068; 'Trong số 1.068 người …, có 412 …' (trong số N) gives total 1.068 to the four levels",
    "(they add up to 1.068); the restated 1.068 in 'Trong số 1.068 người' is optional.",
    "'đạt 91,4% dự toán' is the percent of 612,5 tỷ; 'sinh hoạt phí tối thiểu 1.100 USD/tháng' is at_least, unit USD/tháng.",
    "'Năm 2024, Bộ dự kiến …' forecast; the next sentence ('Riêng … dành cho Việt Nam 1.035 suất') has its own verb: actual.",
    "Distractors: 'Đề án 89', 'Thông tư số 06/2023/TT-BGDĐT', 'Lượt xem: 2.905', '35 Đại Cồ Việt', phone 024.3869.4905.",
]

if __name__ == "__main__":
    write("p692-4", TEXT, COMMENTS, FIGS, published="2024-03-14", location="Việt Nam")
