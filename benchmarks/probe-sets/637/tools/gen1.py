"""p637-1: Thanh Hóa province portal, inspection of fertiliser/pesticide dealers, 9 months of 2024."""
from lib import fig, per, inh, chg, write

TEXT = """Trang chủ > Tin tức - Sự kiện > Nông nghiệp - Nông thôn

Thanh Hóa: Kiểm tra 1.286 cơ sở kinh doanh vật tư nông nghiệp trong 9 tháng

Cập nhật: 08/10/2024 15:42
Lượt xem: 3.105

Theo Sở Nông nghiệp và Phát triển nông thôn tỉnh Thanh Hóa, 9 tháng năm 2024, các đoàn kiểm tra liên ngành đã kiểm tra 1.286 cơ sở sản xuất, kinh doanh phân bón và thuốc bảo vệ thực vật, tăng 12,4% so với cùng kỳ năm 2023. Trong đó, có 412 cơ sở kinh doanh phân bón và 874 cơ sở kinh doanh thuốc bảo vệ thực vật.

Qua kiểm tra, phát hiện 97 cơ sở vi phạm, chiếm 7,5% số cơ sở được kiểm tra; lỗi chủ yếu là kinh doanh phân bón không có giấy chứng nhận đủ điều kiện, bày bán thuốc ngoài danh mục, ghi nhãn không đúng quy định. Các cơ quan chức năng đã ban hành 91 quyết định xử phạt vi phạm hành chính với tổng số tiền 1.862,5 triệu đồng; tiêu hủy khoảng 2.350 kg phân bón và hơn 160 lít thuốc bảo vệ thực vật không bảo đảm chất lượng.

Các đoàn đã lấy 214 mẫu phân bón và 63 mẫu thuốc bảo vệ thực vật để phân tích. Kết quả có 29/214 mẫu phân bón không đạt chất lượng (chiếm 13,6%) và 4/63 mẫu thuốc không đạt. Các huyện có nhiều mẫu phân bón không đạt là Thọ Xuân (6 mẫu), Triệu Sơn (5 mẫu) và Nông Cống (4 mẫu).

Tính đến ngày 30/9/2024, toàn tỉnh có 3.412 cơ sở buôn bán phân bón, thuốc bảo vệ thực vật, trong đó 3.208 cơ sở đã được cấp giấy chứng nhận đủ điều kiện, đạt 94%. Trong quý IV/2024, Sở tiếp tục kiểm tra đột xuất, phấn đấu đến hết năm 2024 có 100% cơ sở buôn bán được cấp giấy chứng nhận.

Đường dây nóng: 0237.3852.114 – Chi cục Trồng trọt và Bảo vệ thực vật, số 99 Đại lộ Lê Lợi, TP Thanh Hóa.
"""

NOTES = [
    "Thanh Hóa province portal: inspection of fertiliser and pesticide businesses, 9 months of 2024. 'Cập nhật: 08/10/2024 15:42' is the dateline.",
    "Headline '9 tháng' has no year: no earlier date in the text, so the year of published (2024).",
    "412 + 874 = 1.286 after 'Trong đó' (across a sentence break): total 1286. '97 cơ sở ..., chiếm 7,5% số cơ sở được kiểm tra': percent 7.5,",
    "no total (the whole is named, not numbered). '29/214', '4/63': total after the slash. District items (Thọ Xuân ...) follow 29 in a new",
    "sentence with no cue and do not add up: no total. 3.208 after 'trong đó' has total 3412 and percent 94.",
    "Distractors: 'Lượt xem: 3.105', phone 0237.3852.114, 'số 99 Đại lộ Lê Lợi', 'quý IV/2024' (a period only).",
]

N9 = per("9 tháng năm 2024", "2024-01-01", "2024-09-30")
ASOF = per("Tính đến ngày 30/9/2024", end="2024-09-30")

FIGS = [
    fig("Kiểm tra 1.286 cơ sở", "1.286", 1286, "count", "cơ sở",
        "cơ sở kinh doanh vật tư nông nghiệp được kiểm tra", per("9 tháng", "2024-01-01", "2024-09-30")),
    fig("đã kiểm tra 1.286 cơ sở", "1.286", 1286, "count", "cơ sở",
        "cơ sở sản xuất, kinh doanh phân bón và thuốc bảo vệ thực vật được kiểm tra", N9,
        change=chg("increase", 12.4, baseline="cùng kỳ năm 2023")),
    fig("có 412 cơ sở", "412", 412, "count", "cơ sở", "cơ sở kinh doanh phân bón được kiểm tra", inh(N9), total=1286),
    fig("874 cơ sở", "874", 874, "count", "cơ sở", "cơ sở kinh doanh thuốc bảo vệ thực vật được kiểm tra", inh(N9), total=1286),
    fig("phát hiện 97 cơ sở", "97", 97, "count", "cơ sở", "cơ sở vi phạm", inh(N9), percent=7.5),
    fig("ban hành 91 quyết định", "91", 91, "count", "quyết định", "quyết định xử phạt vi phạm hành chính", inh(N9)),
    fig("tiền 1.862,5 triệu đồng", "1.862,5", 1862500000, "money", "đồng", "tổng số tiền xử phạt vi phạm hành chính", inh(N9)),
    fig("khoảng 2.350 kg", "2.350", 2350, "measure", "kg", "phân bón không bảo đảm chất lượng bị tiêu hủy", inh(N9), approx="about"),
    fig("hơn 160 lít", "160", 160, "measure", "lít", "thuốc bảo vệ thực vật không bảo đảm chất lượng bị tiêu hủy", inh(N9), approx="over"),
    fig("lấy 214 mẫu", "214", 214, "count", "mẫu", "mẫu phân bón lấy để phân tích", inh(N9)),
    fig("và 63 mẫu thuốc", "63", 63, "count", "mẫu", "mẫu thuốc bảo vệ thực vật lấy để phân tích", inh(N9)),
    fig("có 29/214 mẫu", "29", 29, "count", "mẫu", "mẫu phân bón không đạt chất lượng", inh(N9), total=214, percent=13.6),
    fig("4/63 mẫu", "4", 4, "count", "mẫu", "mẫu thuốc bảo vệ thực vật không đạt", inh(N9), total=63),
    fig("Thọ Xuân (6 mẫu)", "6", 6, "count", "mẫu", "mẫu phân bón không đạt chất lượng", inh(N9), location="Thọ Xuân"),
    fig("Triệu Sơn (5 mẫu)", "5", 5, "count", "mẫu", "mẫu phân bón không đạt chất lượng", inh(N9), location="Triệu Sơn"),
    fig("Nông Cống (4 mẫu)", "4", 4, "count", "mẫu", "mẫu phân bón không đạt chất lượng", inh(N9), location="Nông Cống"),
    fig("có 3.412 cơ sở", "3.412", 3412, "count", "cơ sở", "cơ sở buôn bán phân bón, thuốc bảo vệ thực vật", ASOF),
    fig("3.208 cơ sở", "3.208", 3208, "count", "cơ sở", "cơ sở buôn bán được cấp giấy chứng nhận đủ điều kiện", ASOF,
        total=3412, percent=94),
    fig("có 100% cơ sở", "100", 100, "percent", "%", "cơ sở buôn bán được cấp giấy chứng nhận",
        per("đến hết năm 2024", end="2024-12-31"), status="target"),
]

write("p637-1", TEXT, NOTES, FIGS, published="2024-10-08", location="Thanh Hóa")
