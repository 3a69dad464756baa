from lib import F, P, CH, TG, emit

TEXT = """UBND HUYỆN HOÀI ĐỨC - CỔNG GIAO TIẾP ĐIỆN TỬ
Kinh tế - Môi trường

HOÀI ĐỨC TẬP TRUNG XỬ LÝ Ô NHIỄM NƯỚC THẢI TẠI CÁC LÀNG NGHỀ CHẾ BIẾN NÔNG SẢN
Thứ Ba, 05/03/2024 - 15:20

Huyện Hoài Đức hiện có 12 làng nghề được UBND thành phố công nhận, trong đó 4 làng nghề chế biến nông sản thực phẩm tập trung ở các xã Dương Liễu, Minh Khai, Cát Quế với gần 1.300 hộ sản xuất. Theo kết quả khảo sát năm 2023, các làng nghề này phát sinh khoảng 6.500 m³ nước thải mỗi ngày, nhưng mới có khoảng 1.950 m³/ngày (chiếm 30%) được thu gom, xử lý; phần còn lại xả thẳng ra hệ thống kênh tiêu rồi đổ vào sông Đáy.

Kết quả quan trắc do Trung tâm Quan trắc tài nguyên và môi trường Hà Nội thực hiện tại 6 điểm xả chung của xã Dương Liễu cho thấy hàm lượng COD vượt quy chuẩn từ 3,5 đến 7,2 lần, amoni vượt 9,8 lần, tổng coliform vượt gần 20 lần so với QCVN 40:2011/BTNMT (cột B).

Để khắc phục, huyện đang triển khai dự án trạm xử lý nước thải tập trung làng nghề Dương Liễu công suất 3.000 m³/ngày đêm, tổng mức đầu tư 148,5 tỷ đồng từ ngân sách thành phố; đến nay đã giải ngân 62,4 tỷ đồng, đạt 42% kế hoạch vốn. Dự kiến trạm sẽ vận hành từ quý IV/2024. Song song, huyện hỗ trợ 215 hộ xây bể biogas và bể lắng 3 ngăn, mỗi hộ 5 triệu đồng.

Năm 2024, huyện đặt chỉ tiêu 100% cơ sở sản xuất quy mô lớn trong làng nghề có bể xử lý sơ bộ trước khi xả thải, đồng thời kiểm tra ít nhất 40 cơ sở. Trong năm 2023, lực lượng chức năng đã kiểm tra 37 cơ sở, xử phạt 9 cơ sở với tổng số tiền 286 triệu đồng.

Minh Thu (Trung tâm VH-TT&TT huyện Hoài Đức)
"""

Y23 = P("năm 2023", "2023-01-01", "2023-12-31")
Y24 = P("Năm 2024", "2024-01-01", "2024-12-31")
NOW = P("đến nay", None, "2024-03-05")
SUBJ_X = "vượt quy chuẩn QCVN 40:2011/BTNMT"

FIGS = [
    F("có 12 làng nghề", "12", 12, "count", "làng nghề", "làng nghề được UBND thành phố công nhận"),
    F("trong đó 4 làng nghề", "4", 4, "count", "làng nghề", "làng nghề chế biến nông sản thực phẩm", total=12),
    F("gần 1.300 hộ", "1.300", 1300, "count", "hộ", "hộ sản xuất", approx="nearly"),
    F("khoảng 6.500 m³", "6.500", 6500, "measure", "m³", "nước thải phát sinh mỗi ngày", Y23, approx="about"),
    F("khoảng 1.950 m³", "1.950", 1950, "measure", "m³/ngày", "nước thải được thu gom, xử lý", Y23,
      approx="about", percent=30),
    F("tại 6 điểm xả", "6", 6, "count", "điểm xả", "điểm xả chung của xã Dương Liễu", location="Hoài Đức"),
    F("từ 3,5 đến 7,2 lần", "3,5", 3.5, "multiple", "lần", "hàm lượng COD vượt quy chuẩn", value_max=7.2),
    F("amoni vượt 9,8 lần", "9,8", 9.8, "multiple", "lần", "amoni vượt quy chuẩn"),
    F("vượt gần 20 lần", "20", 20, "multiple", "lần", "tổng coliform vượt quy chuẩn", approx="nearly"),
    F("công suất 3.000 m³", "3.000", 3000, "measure", "m³/ngày đêm",
      "công suất trạm xử lý nước thải tập trung làng nghề Dương Liễu"),
    F("đầu tư 148,5 tỷ đồng", "148,5", 148500000000, "money", "đồng", "tổng mức đầu tư dự án trạm xử lý nước thải"),
    F("giải ngân 62,4 tỷ đồng", "62,4", 62400000000, "money", "đồng", "vốn dự án đã giải ngân", NOW, percent=42),
    F("hỗ trợ 215 hộ", "215", 215, "count", "hộ", "hộ được hỗ trợ xây bể biogas và bể lắng"),
    F("bể lắng 3 ngăn", "3", 3, "count", "ngăn", optional=True),
    F("mỗi hộ 5 triệu đồng", "5", 5000000, "money", "đồng", "mức hỗ trợ mỗi hộ"),
    F("chỉ tiêu 100% cơ sở", "100", 100, "percent", "%",
      "cơ sở sản xuất quy mô lớn trong làng nghề có bể xử lý sơ bộ", Y24, status="target"),
    F("ít nhất 40 cơ sở", "40", 40, "count", "cơ sở", "cơ sở được kiểm tra", Y24, approx="at_least", status="target"),
    F("kiểm tra 37 cơ sở", "37", 37, "count", "cơ sở", "cơ sở được kiểm tra", Y23),
    F("xử phạt 9 cơ sở", "9", 9, "count", "cơ sở", "cơ sở bị xử phạt", Y23),
    F("tiền 286 triệu đồng", "286", 286000000, "money", "đồng", "tổng số tiền xử phạt", Y23),
]

COMMENTS = [
    "District portal (UBND huyện Hoài Đức, Hà Nội), 'Thứ Ba, 05/03/2024 - 15:20', byline at the end; craft-village (food processing) wastewater.",
    "'trong đó 4 làng nghề' total 12. '6.500 m³ nước thải mỗi ngày': unit m³ (the day is in the subject); '1.950 m³/ngày (chiếm 30%)' percent 30, no total (no cue).",
    "Exceedances 'vượt quy chuẩn … lần' are multiples standing as the claim (range 3,5–7,2 → value_max). Location: Hoài Đức (communes are not districts).",
    "'đạt 42% kế hoạch vốn' is the share attribute of 62,4 tỷ; 'đến nay' ends at the dateline. 'bể lắng 3 ngăn' is a tank type: optional.",
    "'Năm 2024 … chỉ tiêu' makes 100% and 'ít nhất 40 cơ sở' targets. 'kiểm tra 37, xử phạt 9' no cue: no total.",
    "Distractors: QCVN 40:2011/BTNMT, 'cột B', 'quý IV/2024' (a date of operation), Hà Nội inside an organisation name, 'VH-TT&TT'.",
]

emit("p462-2", TEXT, COMMENTS, FIGS, published="2024-03-05", location="Hoài Đức")
