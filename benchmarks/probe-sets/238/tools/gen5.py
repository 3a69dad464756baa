from lib import *

A = """CỔNG THÔNG TIN ĐIỆN TỬ HUYỆN ĐỨC THỌ
Tin tức - Sự kiện › Cải cách hành chính

Đức Thọ: Kiện toàn đội ngũ cán bộ, công chức cấp xã sau sáp nhập
Ngày đăng: 12/08/2024

Sau các đợt sắp xếp đơn vị hành chính, huyện Đức Thọ hiện còn 16 xã, thị trấn, giảm 12 đơn vị so với năm 2018. Tính đến ngày 31/7/2024, toàn huyện có 338 cán bộ, công chức cấp xã, bình quân 21,1 người/xã; người hoạt động không chuyên trách cấp xã còn 187 người, giảm 112 người so với trước sắp xếp.

Trình độ đội ngũ được nâng lên rõ rệt: 96,4% cán bộ, công chức cấp xã có trình độ chuyên môn từ đại học trở lên (năm 2018 là 71,2%); 82 người có trình độ lý luận chính trị trung cấp trở lên. Tuy nhiên, còn 5 công chức chưa đạt chuẩn theo Nghị định số 33/2023/NĐ-CP, chủ yếu ở các xã Tân Dân, An Dũng.

Từ đầu năm đến nay, huyện giải quyết chế độ cho 23 cán bộ, công chức dôi dư do sắp xếp, trong đó 15 người nghỉ hưu trước tuổi, 8 người thôi việc; tổng kinh phí chi trả 4,35 tỷ đồng, bình quân gần 190 triệu đồng/người. Đồng thời, huyện điều động 11 công chức từ xã thừa sang xã thiếu.

Giai đoạn 2024-2025, huyện phấn đấu 100% công chức cấp xã đạt chuẩn; bố trí không quá 20 cán bộ, công chức/xã; tỷ lệ cán bộ nữ đạt từ 20% đến 25%. Trong quý III/2024, huyện dự kiến thi tuyển 9 chỉ tiêu công chức cấp xã, ưu tiên các lĩnh vực địa chính, tư pháp - hộ tịch.

Ông Trần Văn Lợi, Trưởng phòng Nội vụ huyện cho biết, việc bố trí cán bộ sau sáp nhập được thực hiện công khai, đúng quy trình, không để phát sinh đơn thư.

Cơ quan chủ quản: UBND huyện Đức Thọ - Địa chỉ: Khối 7, thị trấn Đức Thọ - ĐT: 0239.3832.246
Đang truy cập: 35 | Tổng truy cập: 1.203.517
"""

asof = per("Tính đến ngày 31/7/2024", None, "2024-07-31")
ytd = per("Từ đầu năm đến nay", "2024-01-01", "2024-08-12")
y18 = per("năm 2018", "2018-01-01", "2018-12-31")
p2425 = per("Giai đoạn 2024-2025", "2024-01-01", "2025-12-31")
q3 = per("quý III/2024", "2024-07-01", "2024-09-30")

F = [
    fig("còn 16 xã, thị trấn", "16", 16, "count", "xã, thị trấn", "xã, thị trấn", None,
        change=ch("decrease", 12, "đơn vị", "năm 2018")),
    fig("có 338 cán bộ", "338", 338, "count", "cán bộ, công chức", "cán bộ, công chức cấp xã", asof),
    fig("bình quân 21,1 người/xã", "21,1", 21.1, "measure", "người/xã", "cán bộ, công chức cấp xã bình quân", asof),
    fig("còn 187 người", "187", 187, "count", "người", "người hoạt động không chuyên trách cấp xã", asof,
        change=ch("decrease", 112, "người", "trước sắp xếp")),
    fig("rõ rệt: 96,4%", "96,4", 96.4, "percent", "%",
        "cán bộ, công chức cấp xã có trình độ chuyên môn từ đại học trở lên", inh(asof)),
    fig("năm 2018 là 71,2%", "71,2", 71.2, "percent", "%",
        "cán bộ, công chức cấp xã có trình độ chuyên môn từ đại học trở lên", y18),
    fig("82 người có trình độ", "82", 82, "count", "người",
        "người có trình độ lý luận chính trị trung cấp trở lên", inh(asof)),
    fig("còn 5 công chức", "5", 5, "count", "công chức", "công chức chưa đạt chuẩn", inh(asof)),
    fig("cho 23 cán bộ", "23", 23, "count", "cán bộ, công chức", "cán bộ, công chức dôi dư được giải quyết chế độ", ytd),
    fig("15 người nghỉ hưu", "15", 15, "count", "người", "cán bộ, công chức dôi dư nghỉ hưu trước tuổi", ytd, total=23),
    fig("8 người thôi việc", "8", 8, "count", "người", "cán bộ, công chức dôi dư thôi việc", ytd, total=23),
    fig("chi trả 4,35 tỷ đồng", "4,35", 4.35e9, "money", "đồng", "kinh phí chi trả chế độ", ytd),
    fig("gần 190 triệu đồng/người", "190", 190e6, "money", "đồng/người", "kinh phí chi trả bình quân", ytd,
        approx="nearly"),
    fig("điều động 11 công chức", "11", 11, "count", "công chức", "công chức điều động từ xã thừa sang xã thiếu",
        inh(ytd)),
    fig("phấn đấu 100% công chức", "100", 100, "percent", "%", "công chức cấp xã đạt chuẩn", p2425, status="target"),
    fig("không quá 20 cán bộ", "20", 20, "measure", "cán bộ, công chức/xã", "cán bộ, công chức bố trí mỗi xã",
        p2425, approx="at_most", status="target", optional=True),
    fig("từ 20% đến 25%", "20", 20, "percent", "%", "tỷ lệ cán bộ nữ", p2425, value_max=25, status="target"),
    fig("thi tuyển 9 chỉ tiêu", "9", 9, "count", "chỉ tiêu", "chỉ tiêu thi tuyển công chức cấp xã", q3,
        status="forecast"),
]

notes = [
    "Cổng TTĐT huyện Đức Thọ (Hà Tĩnh), district portal: commune-level cadres after the merging of communes. 'Ngày đăng: 12/08/2024' (date only).",
    "Distractors: Nghị định số 33/2023/NĐ-CP, commune names, 'Khối 7' (address), phone, visitor counters 'Đang truy cập: 35 | Tổng truy cập: 1.203.517', person's name.",
    "All figures describe the district: location Đức Thọ (commune names are not locations by FIGURES.md).",
    "'còn 16 xã, thị trấn, giảm 12 đơn vị so với năm 2018' and 'còn 187 người, giảm 112 người so với trước sắp xếp': change of the new level. 16 has no period ('hiện' is no period phrase).",
    "'(năm 2018 là 71,2%)' is a figure of its own with its own year. 15 and 8 after 'trong đó' are parts of 23; their subjects carry the whole's noun (revised after the first run, as shared h09 does for parts).",
    "'bình quân 21,1 người/xã' and 'gần 190 triệu đồng/người' are rates (denominator in the unit).",
    "'phấn đấu' governs the three clauses of its sentence (100%, 'không quá 20', 20-25%): targets; 'không quá 20 … /xã' is a staffing norm, optional.",
    "'dự kiến thi tuyển 9 chỉ tiêu' in quý III/2024: forecast. 'Từ đầu năm đến nay' runs to the date of publication.",
]
write("p238-5", A, F, notes, published="2024-08-12", location="Đức Thọ")
