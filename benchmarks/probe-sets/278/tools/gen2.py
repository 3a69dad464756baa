from lib import F, P, chg, emit

TEXT = """UBND HUYỆN THANH OAI - CỔNG THÔNG TIN ĐIỆN TỬ
Tin hoạt động > Giải phóng mặt bằng

Thanh Oai cơ bản hoàn thành di chuyển mộ phục vụ dự án đường Vành đai 4
Ngày đăng: 18/10/2024

Theo Ban Quản lý dự án đầu tư xây dựng huyện, đoạn tuyến đường Vành đai 4 - Vùng Thủ đô qua địa bàn huyện (từ Km 26+300 đến Km 34+900) dài 8,6 km, đi qua 7 xã với tổng diện tích đất thu hồi khoảng 71,4 ha. Trên diện tích này có 1.532 ngôi mộ phải di chuyển, trong đó 1.186 mộ có chủ và 346 mộ vô chủ. Các xã có nhiều mộ phải di chuyển nhất là Bích Hòa (412 mộ), Cự Khê (385 mộ) và Thanh Mai (297 mộ).

Tính đến ngày 15/10/2024, huyện đã di chuyển được 1.478 mộ, đạt 96,5%; số mộ còn lại tập trung ở xã Tam Hưng do các gia đình đang chờ chọn ngày theo phong tục. Riêng 6 tháng đầu năm 2024, các xã đã di chuyển 964 mộ, gấp 2,3 lần cả năm 2023.

Mức hỗ trợ được áp dụng theo Quyết định số 26/2024/QĐ-UBND của UBND thành phố Hà Nội: mộ đất được hỗ trợ 9 triệu đồng/mộ, mộ xây từ 12 đến 18 triệu đồng/mộ tùy kết cấu; mộ vô chủ do UBND xã tổ chức di chuyển với chi phí khoảng 4,5 triệu đồng/mộ. Tổng kinh phí bồi thường, hỗ trợ di chuyển mộ là 17,82 tỷ đồng, trong đó đã chi trả 16,9 tỷ đồng.

Các mộ được cải táng về khu nghĩa trang tập trung của huyện tại xã Thanh Cao, quy mô 5,2 ha, với hơn 2.000 huyệt mộ, tổng mức đầu tư 48 tỷ đồng. Huyện phấn đấu bàn giao toàn bộ mặt bằng cho chủ đầu tư trước ngày 30/11/2024.

Mọi vướng mắc xin liên hệ Ban Bồi thường GPMB huyện, số 2 đường 21B, thị trấn Kim Bài, điện thoại 024.3387.3015.

Minh Hằng - Trung tâm Văn hóa, Thông tin và Thể thao huyện
"""

T = P("Tính đến ngày 15/10/2024", None, "2024-10-15")
SUBJ = "mộ phải di chuyển"

FIGS = [
    F("dài 8,6 km", "8,6", 8.6, "measure", "km", "đoạn tuyến đường Vành đai 4 qua địa bàn huyện"),
    F("đi qua 7 xã", "7", 7, "count", "xã", "xã có đoạn tuyến đi qua"),
    F("khoảng 71,4 ha", "71,4", 71.4, "measure", "ha", "tổng diện tích đất thu hồi", approx="about"),
    F("có 1.532 ngôi mộ", "1.532", 1532, "count", "ngôi mộ", "ngôi mộ phải di chuyển"),
    F("1.186 mộ có chủ", "1.186", 1186, "count", "mộ", "mộ có chủ phải di chuyển", total=1532),
    F("346 mộ vô chủ", "346", 346, "count", "mộ", "mộ vô chủ phải di chuyển", total=1532),
    F("Bích Hòa (412 mộ)", "412", 412, "count", "mộ", SUBJ),
    F("Cự Khê (385 mộ)", "385", 385, "count", "mộ", SUBJ),
    F("Thanh Mai (297 mộ)", "297", 297, "count", "mộ", SUBJ),
    F("được 1.478 mộ", "1.478", 1478, "count", "mộ", "mộ đã di chuyển", T, percent=96.5),
    F("di chuyển 964 mộ", "964", 964, "count", "mộ", "mộ đã di chuyển",
      P("6 tháng đầu năm 2024", "2024-01-01", "2024-06-30"), change=chg("increase", 2.3, "lần", "cả năm 2023")),
    F("hỗ trợ 9 triệu đồng/mộ", "9", 9000000, "money", "đồng/mộ", "mức hỗ trợ di chuyển mộ đất"),
    F("từ 12 đến 18 triệu", "12", 12000000, "money", "đồng/mộ", "mức hỗ trợ di chuyển mộ xây", value_max=18000000),
    F("khoảng 4,5 triệu đồng/mộ", "4,5", 4500000, "money", "đồng/mộ", "chi phí di chuyển mộ vô chủ", approx="about"),
    F("là 17,82 tỷ đồng", "17,82", 17820000000, "money", "đồng", "tổng kinh phí bồi thường, hỗ trợ di chuyển mộ"),
    F("trả 16,9 tỷ đồng", "16,9", 16900000000, "money", "đồng", "kinh phí đã chi trả", total=17820000000),
    F("quy mô 5,2 ha", "5,2", 5.2, "measure", "ha", "quy mô khu nghĩa trang tập trung của huyện"),
    F("hơn 2.000 huyệt mộ", "2.000", 2000, "count", "huyệt mộ", "huyệt mộ của khu nghĩa trang tập trung", approx="over"),
    F("tư 48 tỷ đồng", "48", 48000000000, "money", "đồng", "tổng mức đầu tư khu nghĩa trang tập trung"),
]

COMMENTS = [
    "District portal (huyện Thanh Oai, Hà Nội): grave relocation for the Vành đai 4 ring road. 'Ngày đăng: 18/10/2024' without time; byline at the end.",
    "Distractors: 'Vành đai 4' (name), chainages 'Km 26+300 đến Km 34+900', Quyết định số 26/2024/QĐ-UBND, address 'số 2 đường 21B', phone, deadline 'trước ngày 30/11/2024'.",
    "Communes (Bích Hòa, Cự Khê, Thanh Mai, Tam Hưng, Thanh Cao) are not districts: location stays Thanh Oai; 'thành phố Hà Nội' only in the issuer's name.",
    "Commune list is a separate sentence without cue: no total. 1.186/346 after 'trong đó' are parts of 1.532; 16,9 tỷ part of 17,82 tỷ.",
    "'đạt 96,5%' is the share of 1.478 (no total cue). 'gấp 2,3 lần cả năm 2023' is the change of 964.",
    "Figures with no period phrase in their sentence or paragraph have no period.",
]
emit("p278-2", TEXT, COMMENTS, FIGS, published="2024-10-18", location="Thanh Oai")
