from lib import *

A = """Cổng Thông tin điện tử tỉnh Quảng Bình
Trang chủ | Tin tức - Sự kiện | Chính trị

Quảng Bình: Tinh giản 1.106 biên chế trong giai đoạn 2021-2024
Cập nhật: 09:40 | 18/07/2024

Ngày 16/7, Sở Nội vụ tổ chức hội nghị sơ kết công tác 6 tháng đầu năm 2024, triển khai nhiệm vụ 6 tháng cuối năm.

Theo báo cáo, năm 2024 tỉnh Quảng Bình được giao 2.384 biên chế công chức; tính đến ngày 30/6/2024 có mặt 2.219 người, còn 165 biên chế chưa sử dụng. Tổng số người làm việc trong các đơn vị sự nghiệp công lập hưởng lương từ ngân sách nhà nước là 22.516 người, trong đó ngành giáo dục 17.342 người (chiếm 77%), ngành y tế 3.108 người.

Trong 6 tháng đầu năm, toàn tỉnh thực hiện tinh giản biên chế 87 người theo Nghị định số 29/2023/NĐ-CP, gồm 12 công chức và 75 viên chức; kinh phí chi trả chế độ hơn 23,6 tỷ đồng. Lũy kế giai đoạn 2021-2024, tỉnh đã tinh giản 1.106 biên chế, bằng 10,4% số biên chế giao năm 2021, vượt chỉ tiêu tối thiểu 10% theo Kết luận số 40-KL/TW.

Về tuyển dụng, 6 tháng đầu năm, các sở, ngành và UBND cấp huyện đã tuyển dụng 312 viên chức, chủ yếu là giáo viên mầm non và tiểu học; tiếp nhận 18 trường hợp vào làm công chức. Số người nghỉ hưu là 246 người; có 59 người xin thôi việc, tăng 15,7% so với cùng kỳ năm 2023, tập trung ở các huyện Bố Trạch (14 người), Quảng Trạch (11 người) và thành phố Đồng Hới (9 người).

Về sắp xếp đơn vị hành chính cấp xã giai đoạn 2023-2025, tỉnh dự kiến sắp xếp 26 xã, giảm 13 xã; dự kiến số cán bộ, công chức cấp xã dôi dư khoảng 270 người. Tỉnh phấn đấu đến năm 2025 giải quyết xong 100% số dôi dư.

Liên hệ: Phòng Tổ chức biên chế, Sở Nội vụ, số 6 đường Hùng Vương, TP Đồng Hới; ĐT: 0232.3822.517.

Lượt xem: 1.947
"""

y24 = per("năm 2024", "2024-01-01", "2024-12-31")
asof = per("tính đến ngày 30/6/2024", None, "2024-06-30")
h1 = per("6 tháng đầu năm", "2024-01-01", "2024-06-30")
p2124 = per("giai đoạn 2021-2024", "2021-01-01", "2024-12-31")
p2325 = per("giai đoạn 2023-2025", "2023-01-01", "2025-12-31")
to25 = per("đến năm 2025", None, "2025-12-31")

F = [
    fig("Quảng Bình: Tinh giản 1.106 biên chế", "1.106", 1106, "count", "biên chế", "biên chế tinh giản", p2124),
    fig("giao 2.384 biên chế công chức", "2.384", 2384, "count", "biên chế", "biên chế công chức được giao", y24),
    fig("có mặt 2.219 người", "2.219", 2219, "count", "người", "công chức có mặt", asof),
    fig("còn 165 biên chế", "165", 165, "count", "biên chế", "biên chế công chức chưa sử dụng", asof),
    fig("là 22.516 người", "22.516", 22516, "count", "người",
        "người làm việc trong các đơn vị sự nghiệp công lập hưởng lương từ ngân sách nhà nước", inh(asof)),
    fig("giáo dục 17.342 người", "17.342", 17342, "count", "người", "người làm việc ngành giáo dục", inh(asof),
        total=22516, percent=77),
    fig("y tế 3.108 người", "3.108", 3108, "count", "người", "người làm việc ngành y tế", inh(asof), total=22516),
    fig("biên chế 87 người", "87", 87, "count", "người", "tinh giản biên chế", h1),
    fig("gồm 12 công chức", "12", 12, "count", "công chức", "công chức tinh giản biên chế", h1, total=87),
    fig("và 75 viên chức", "75", 75, "count", "viên chức", "viên chức tinh giản biên chế", h1, total=87),
    fig("hơn 23,6 tỷ đồng", "23,6", 23.6e9, "money", "đồng", "kinh phí chi trả chế độ tinh giản biên chế", h1,
        approx="over"),
    fig("đã tinh giản 1.106 biên chế", "1.106", 1106, "count", "biên chế", "biên chế tinh giản lũy kế", p2124,
        percent=10.4, target=tg(10, "%", True)),
    fig("tuyển dụng 312 viên chức", "312", 312, "count", "viên chức", "viên chức được tuyển dụng", h1),
    fig("tiếp nhận 18 trường hợp", "18", 18, "count", "trường hợp", "trường hợp tiếp nhận vào làm công chức", h1),
    fig("là 246 người", "246", 246, "count", "người", "người nghỉ hưu", inh(h1)),
    fig("có 59 người xin thôi việc", "59", 59, "count", "người", "người xin thôi việc", inh(h1),
        change=ch("increase", 15.7, "%", "cùng kỳ năm 2023")),
    fig("Bố Trạch (14 người)", "14", 14, "count", "người", "người xin thôi việc", inh(h1), location="Bố Trạch"),
    fig("Quảng Trạch (11 người)", "11", 11, "count", "người", "người xin thôi việc", inh(h1), location="Quảng Trạch"),
    fig("Đồng Hới (9 người)", "9", 9, "count", "người", "người xin thôi việc", inh(h1), location="Đồng Hới"),
    fig("sắp xếp 26 xã", "26", 26, "count", "xã", "xã dự kiến sắp xếp", p2325, status="forecast"),
    fig("giảm 13 xã", "13", 13, "count", "xã", "xã giảm sau sắp xếp", p2325, status="forecast"),
    fig("khoảng 270 người", "270", 270, "count", "người", "cán bộ, công chức cấp xã dôi dư", p2325,
        approx="about", status="forecast"),
    fig("xong 100% số dôi dư", "100", 100, "percent", "%", "số cán bộ, công chức cấp xã dôi dư được giải quyết",
        to25, status="target"),
]

notes = [
    "Cổng TTĐT tỉnh Quảng Bình (provincial portal): Sở Nội vụ sơ kết 6 tháng đầu năm 2024 — biên chế giao/có mặt, tinh giản, tuyển dụng, thôi việc, sắp xếp xã.",
    "Dateline 'Cập nhật: 09:40 | 18/07/2024'. Distractors: Nghị định số 29/2023/NĐ-CP, Kết luận số 40-KL/TW, 'Ngày 16/7', address 'số 6 đường Hùng Vương', phone, 'Lượt xem: 1.947'.",
    "Headline 1.106 and body 1.106 are both figures (the headline restates it with its own period phrase).",
    "17.342 / 3.108 after 'trong đó' are parts of 22.516; '(chiếm 77%)' is the share of 17.342. 12 and 75 after 'gồm' are parts of 87.",
    "1.106: 'bằng 10,4% số biên chế giao năm 2021' is its share (percent); 'vượt chỉ tiêu tối thiểu 10%' gives target 10 %, met.",
    "Staff and sector figures of the second sentence of a paragraph inherit the period of the first (inherited). Districts in the list are locations.",
    "'dự kiến' governs 26 xã and 13 xã (same clause) and the repeated 'dự kiến' 270 người: forecast. 'phấn đấu đến năm 2025 … 100%': target.",
]
write("p238-1", A, F, notes, published="2024-07-18", location="Quảng Bình")
