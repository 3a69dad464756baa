"""p637-2: huyện Cai Lậy (Tiền Giang) district portal, collection of used pesticide packaging, 2023."""
from lib import fig, per, inh, chg, write

TEXT = """CỔNG THÔNG TIN ĐIỆN TỬ HUYỆN CAI LẬY
Trang chủ | Tin tức | Kinh tế - Nông nghiệp

Thu gom hơn 4,2 tấn bao gói thuốc bảo vệ thực vật sau sử dụng

Thứ Năm, 14/03/2024 - 10:20

Năm 2023, Phòng Nông nghiệp và Phát triển nông thôn huyện Cai Lậy phối hợp với UBND 16 xã tổ chức thu gom được 4.236 kg bao gói, chai lọ thuốc bảo vệ thực vật sau sử dụng, tăng 18% so với năm 2022. Toàn bộ lượng bao gói đã được chuyển cho đơn vị có chức năng xử lý theo quy định, với chi phí 87,5 triệu đồng (bình quân khoảng 20.650 đồng/kg).

Hiện trên các cánh đồng của huyện có 1.140 bể chứa bao gói thuốc bảo vệ thực vật, trong đó 260 bể được xây mới trong năm 2023 từ nguồn vốn xây dựng nông thôn mới. Các xã có nhiều bể chứa là Mỹ Thành Nam (112 bể), Thạnh Lộc (97 bể) và Phú An (85 bể).

Về quản lý vật tư nông nghiệp, huyện hiện có 148 cơ sở buôn bán phân bón, thuốc bảo vệ thực vật. Trong năm, đoàn kiểm tra liên ngành của huyện đã kiểm tra 62 lượt cơ sở, phát hiện 5 cơ sở vi phạm, trong đó hai cơ sở bày bán thuốc ngoài danh mục; xử phạt 24 triệu đồng. Ngoài ra, huyện tổ chức 35 lớp tập huấn sử dụng thuốc an toàn theo nguyên tắc "4 đúng" cho 1.050 lượt nông dân.

Năm 2024, huyện phấn đấu thu gom từ 4,5 đến 5 tấn bao gói, xây thêm 150 bể chứa; tỷ lệ diện tích lúa áp dụng "1 phải 5 giảm" đạt trên 70%.

Địa chỉ: số 02 đường 30/4, khu 1, thị trấn Bình Phú, huyện Cai Lậy, tỉnh Tiền Giang. Điện thoại: 0273.3826.205
"""

NOTES = [
    "Cai Lậy district portal (Tiền Giang): used pesticide packaging collected in 2023, field bins, dealer inspections, 2024 targets.",
    "Dateline 'Thứ Năm, 14/03/2024 - 10:20'. Location is the district 'Cai Lậy' throughout.",
    "Choice: commune items 'Mỹ Thành Nam (112 bể)' keep the district as location (FIGURES.md names province, city or district as places;",
    "a commune is none of these) and take the list's indicator as subject. 'Trong năm' takes the year of the nearest earlier period",
    "('trong năm 2023'), like 'trong tháng'. 'hai cơ sở' is a number word, part of the 5 after 'trong đó'.",
    "'20.650 đồng/kg' is a rate (money, unit đồng/kg). The 2024 plan figures are targets ('phấn đấu' continues over ';').",
    "Distractors: '\"4 đúng\"', '\"1 phải 5 giảm\"' (programme names), 'số 02 đường 30/4', 'khu 1', phone 0273.3826.205.",
]

Y23 = per("Năm 2023", "2023-01-01", "2023-12-31")
TN = per("Trong năm", "2023-01-01", "2023-12-31")
Y24 = per("Năm 2024", "2024-01-01", "2024-12-31")
S = "bể chứa bao gói thuốc bảo vệ thực vật"

FIGS = [
    fig("hơn 4,2 tấn", "4,2", 4.2, "measure", "tấn", "bao gói thuốc bảo vệ thực vật sau sử dụng thu gom", inh(Y23), approx="over"),
    fig("UBND 16 xã", "16", 16, "count", "xã", "xã phối hợp thu gom bao gói thuốc bảo vệ thực vật", Y23),
    fig("được 4.236 kg", "4.236", 4236, "measure", "kg", "bao gói, chai lọ thuốc bảo vệ thực vật sau sử dụng thu gom", Y23,
        change=chg("increase", 18, baseline="năm 2022")),
    fig("chi phí 87,5 triệu đồng", "87,5", 87500000, "money", "đồng", "chi phí xử lý bao gói thuốc bảo vệ thực vật", inh(Y23)),
    fig("khoảng 20.650 đồng/kg", "20.650", 20650, "money", "đồng/kg", "chi phí xử lý bình quân", inh(Y23), approx="about"),
    fig("có 1.140 bể", "1.140", 1140, "count", "bể chứa", S),
    fig("260 bể", "260", 260, "count", "bể", "bể chứa được xây mới", per("trong năm 2023", "2023-01-01", "2023-12-31"), total=1140),
    fig("Mỹ Thành Nam (112 bể)", "112", 112, "count", "bể", S),
    fig("Thạnh Lộc (97 bể)", "97", 97, "count", "bể", S),
    fig("Phú An (85 bể)", "85", 85, "count", "bể", S),
    fig("có 148 cơ sở", "148", 148, "count", "cơ sở", "cơ sở buôn bán phân bón, thuốc bảo vệ thực vật"),
    fig("kiểm tra 62 lượt", "62", 62, "count", "lượt cơ sở", "lượt cơ sở được kiểm tra", TN),
    fig("phát hiện 5 cơ sở", "5", 5, "count", "cơ sở", "cơ sở vi phạm", TN),
    fig("hai cơ sở", "hai", 2, "count", "cơ sở", "cơ sở bày bán thuốc ngoài danh mục", TN, total=5),
    fig("xử phạt 24 triệu đồng", "24", 24000000, "money", "đồng", "tiền xử phạt", TN),
    fig("tổ chức 35 lớp", "35", 35, "count", "lớp", "lớp tập huấn sử dụng thuốc an toàn", inh(TN)),
    fig("cho 1.050 lượt", "1.050", 1050, "count", "lượt nông dân", "lượt nông dân được tập huấn", inh(TN)),
    fig("từ 4,5 đến 5 tấn", "4,5", 4.5, "measure", "tấn", "bao gói thu gom", Y24, value_max=5, status="target"),
    fig("thêm 150 bể", "150", 150, "count", "bể chứa", "bể chứa xây thêm", Y24, status="target"),
    fig("trên 70%", "70", 70, "percent", "%", "tỷ lệ diện tích lúa áp dụng 1 phải 5 giảm", Y24, approx="over", status="target"),
]

write("p637-2", TEXT, NOTES, FIGS, published="2024-03-14", location="Cai Lậy")
