from lib import *

A = """Báo Thái Nguyên điện tử
Chính trị | Xây dựng Đảng

Thi tuyển công chức năm 2024: 229 thí sinh trúng tuyển

HOÀNG ANH 07:35, 24/10/2024

(BTN) - Hội đồng thi tuyển công chức tỉnh Thái Nguyên vừa công bố kết quả kỳ thi tuyển công chức vào các cơ quan hành chính cấp tỉnh, cấp huyện.

Năm nay, tỉnh tổ chức thi tuyển 236 chỉ tiêu, trong đó cấp tỉnh 98 chỉ tiêu, cấp huyện 138 chỉ tiêu. Có 1.874 thí sinh đăng ký dự tuyển, tăng 22,4% so với kỳ thi năm 2023; sau khi rà soát, 1.702 thí sinh đủ điều kiện dự thi vòng 1. Bình quân gần 8 thí sinh cạnh tranh 1 chỉ tiêu; vị trí cạnh tranh cao nhất là chuyên viên công nghệ thông tin của Sở Thông tin và Truyền thông với 41 thí sinh cho 2 chỉ tiêu.

Vòng 1 thi trắc nghiệm trên máy tính tại Trường Cao đẳng Thái Nguyên (tổ 19, phường Thịnh Đán) với 1.655 thí sinh dự thi; 947 thí sinh trả lời đúng từ 50% số câu hỏi trở lên ở mỗi phần thi, được vào vòng 2. Vòng 2 thi viết môn nghiệp vụ chuyên ngành, thang điểm 100; điểm của thí sinh dao động từ 30 đến 92,5 điểm.

Kết quả, 229 thí sinh trúng tuyển, đạt 97% chỉ tiêu; 7 chỉ tiêu không có người trúng tuyển do không có thí sinh đạt từ 50 điểm trở lên. Trong số người trúng tuyển, 168 người là nữ (chiếm 73,4%); 21 người có trình độ thạc sĩ; tuổi bình quân 28,6 tuổi. Các huyện Phú Lương, Võ Nhai được dành riêng cho người dân tộc thiểu số lần lượt 9 và 6 chỉ tiêu.

Năm 2025, tỉnh dự kiến tuyển dụng khoảng 180 công chức. Thí sinh tra cứu kết quả tại website snv.thainguyen.gov.vn hoặc qua số điện thoại 0208.3855.123.
"""

y24 = per("năm 2024", "2024-01-01", "2024-12-31")
ny = per("Năm nay", "2024-01-01", "2024-12-31")
y25 = per("Năm 2025", "2025-01-01", "2025-12-31")
I = inh(ny)

F = [
    fig("năm 2024: 229 thí sinh", "229", 229, "count", "thí sinh", "thí sinh trúng tuyển kỳ thi tuyển công chức", y24),
    fig("thi tuyển 236 chỉ tiêu", "236", 236, "count", "chỉ tiêu", "chỉ tiêu thi tuyển công chức", ny),
    fig("cấp tỉnh 98 chỉ tiêu", "98", 98, "count", "chỉ tiêu", "chỉ tiêu cấp tỉnh", ny, total=236),
    fig("cấp huyện 138 chỉ tiêu", "138", 138, "count", "chỉ tiêu", "chỉ tiêu cấp huyện", ny, total=236),
    fig("Có 1.874 thí sinh", "1.874", 1874, "count", "thí sinh", "thí sinh đăng ký dự tuyển", I,
        change=ch("increase", 22.4, "%", "kỳ thi năm 2023")),
    fig("1.702 thí sinh đủ điều kiện", "1.702", 1702, "count", "thí sinh", "thí sinh đủ điều kiện dự thi vòng 1", I),
    fig("gần 8 thí sinh", "8", 8, "measure", "thí sinh/1 chỉ tiêu", "thí sinh cạnh tranh 1 chỉ tiêu", I,
        approx="nearly"),
    fig("với 41 thí sinh", "41", 41, "count", "thí sinh",
        "thí sinh dự tuyển chuyên viên công nghệ thông tin của Sở Thông tin và Truyền thông", I),
    fig("cho 2 chỉ tiêu", "2", 2, "count", "chỉ tiêu",
        "chỉ tiêu chuyên viên công nghệ thông tin của Sở Thông tin và Truyền thông", I),
    fig("với 1.655 thí sinh", "1.655", 1655, "count", "thí sinh", "thí sinh dự thi vòng 1", I),
    fig("947 thí sinh trả lời", "947", 947, "count", "thí sinh", "thí sinh được vào vòng 2", I),
    fig("từ 50% số câu hỏi", "50", 50, "percent", "%", "số câu hỏi trả lời đúng để vào vòng 2", I,
        approx="at_least", optional=True),
    fig("thang điểm 100", "100", 100, "measure", "điểm", "thang điểm vòng 2", I, optional=True),
    fig("từ 30 đến 92,5 điểm", "30", 30, "measure", "điểm", "điểm của thí sinh vòng 2", I, value_max=92.5),
    fig("Kết quả, 229 thí sinh", "229", 229, "count", "thí sinh", "thí sinh trúng tuyển", I, percent=97),
    fig("7 chỉ tiêu không", "7", 7, "count", "chỉ tiêu", "chỉ tiêu không có người trúng tuyển", I),
    fig("từ 50 điểm trở lên", "50", 50, "measure", "điểm", "điểm trúng tuyển tối thiểu", I,
        approx="at_least", optional=True),
    fig("168 người là nữ", "168", 168, "count", "người", "người trúng tuyển là nữ", I, total=229, percent=73.4),
    fig("21 người có trình độ", "21", 21, "count", "người", "người trúng tuyển có trình độ thạc sĩ", I, total=229),
    fig("bình quân 28,6 tuổi", "28,6", 28.6, "measure", "tuổi", "tuổi bình quân người trúng tuyển", I),
    fig("lần lượt 9 và", "9", 9, "count", "chỉ tiêu", "chỉ tiêu dành riêng cho người dân tộc thiểu số", I,
        location="Phú Lương"),
    fig("và 6 chỉ tiêu", "6", 6, "count", "chỉ tiêu", "chỉ tiêu dành riêng cho người dân tộc thiểu số", I,
        location="Võ Nhai"),
    fig("khoảng 180 công chức", "180", 180, "count", "công chức", "công chức dự kiến tuyển dụng", y25,
        approx="about", status="forecast"),
]

notes = [
    "Báo Thái Nguyên (Party newspaper, '(BTN)' tag): results of the 2024 provincial civil-service recruitment exam. Byline then dateline 'HOÀNG ANH 07:35, 24/10/2024'.",
    "Distractors: 'tổ 19, phường Thịnh Đán' (address), phone 0208.3855.123, website, 'vòng 1', 'vòng 2', 'kỳ thi năm 2023' (baseline).",
    "'Năm nay' = 2024 (headline and dateline). It stands in the first sentence of its paragraph; later sentences and paragraphs inherit it.",
    "98 and 138 after 'trong đó' are parts of 236. 'Trong số người trúng tuyển' makes 168 and 21 parts of 229; '(chiếm 73,4%)' is 168's share.",
    "1.702 of 1.874 and 947 of 1.655: no part-of cue, no total. 'đạt 97% chỉ tiêu' is the percent of 229 (229/236).",
    "'gần 8 thí sinh cạnh tranh 1 chỉ tiêu' is a rate: measure with the denominator in the unit. '41 thí sinh cho 2 chỉ tiêu': two counts.",
    "Thresholds ('từ 50% số câu hỏi trở lên', 'từ 50 điểm trở lên') and the scale 'thang điểm 100' are optional. 'từ 30 đến 92,5 điểm' is a range.",
    "'lần lượt 9 và 6 chỉ tiêu' follows the two districts: each item takes its district as location. 'dự kiến … khoảng 180': forecast, about.",
]
write("p238-4", A, F, notes, published="2024-10-24", location="Thái Nguyên")
