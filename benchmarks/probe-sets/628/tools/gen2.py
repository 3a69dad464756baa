"""p628-2: huyện Tương Dương (Nghệ An) district portal — forest protection contracts (khoán bảo vệ rừng), PFES payments 2023."""
from lib import F, P, I, CH, emit

TEXT = """CỔNG THÔNG TIN ĐIỆN TỬ HUYỆN TƯƠNG DƯƠNG
Tin tức - Sự kiện | Kinh tế

Tương Dương: Năm 2023 chi trả hơn 42 tỷ đồng tiền dịch vụ môi trường rừng

Thứ Năm, 18/01/2024 - 14:20

Thực hiện Quyết định số 1245/QĐ-UBND ngày 20/3/2023 của UBND tỉnh Nghệ An, năm 2023 trên địa bàn huyện Tương Dương có 118.640 ha rừng được khoán bảo vệ, tăng 2.150 ha so với năm 2022, trong đó rừng phòng hộ 64.320 ha, rừng đặc dụng 31.480 ha và rừng sản xuất 22.840 ha. Diện tích nhận khoán được giao cho 46 cộng đồng dân cư thôn, bản, 2.315 hộ gia đình và 12 tổ chức.

Tổng số tiền chi trả dịch vụ môi trường rừng năm 2023 ước đạt 42,6 tỷ đồng, đạt 108% kế hoạch. Trong đó, cộng đồng dân cư, hộ gia đình và tổ chức được chi trả lần lượt 12,4 tỷ đồng, 18,7 tỷ đồng và 11,5 tỷ đồng. Mức chi trả bình quân khoảng 360.000 đồng/ha/năm, cao hơn 25.000 đồng/ha so với năm trước.

Cũng trong năm 2023, lực lượng kiểm lâm phối hợp với 36 tổ bảo vệ rừng cộng đồng tổ chức 1.240 lượt tuần tra, phát hiện và xử lý 14 vụ vi phạm Luật Lâm nghiệp, giảm 6 vụ so với năm 2022; tịch thu 12,35 m3 gỗ các loại, thu nộp ngân sách 186 triệu đồng. Các xã dọc Quốc lộ 7A không để xảy ra cháy rừng.

Năm 2024, huyện phấn đấu duy trì tỷ lệ che phủ rừng trên 83%, khoán bảo vệ 120.000 ha rừng.

Quang Hưng - Trung tâm VH-TT&TT huyện
Liên hệ: Khối 4, thị trấn Thạch Giám, huyện Tương Dương. ĐT: 0238.3873.125"""

Y23 = P("năm 2023", "2023-01-01", "2023-12-31")
Y23h = P("Năm 2023", "2023-01-01", "2023-12-31")
Y24 = P("Năm 2024", "2024-01-01", "2024-12-31")
Y23c = P("Cũng trong năm 2023", "2023-01-01", "2023-12-31")

FIGS = [
    F("hơn 42 tỷ đồng", "42", 42e9, "money", "đồng", "tiền dịch vụ môi trường rừng chi trả", Y23h, approx="over"),
    F("có 118.640 ha", "118.640", 118640, "measure", "ha", "rừng được khoán bảo vệ", Y23,
      change=CH("increase", 2150, "ha", "năm 2022")),
    F("phòng hộ 64.320 ha", "64.320", 64320, "measure", "ha", "rừng phòng hộ được khoán bảo vệ", Y23, total=118640),
    F("đặc dụng 31.480 ha", "31.480", 31480, "measure", "ha", "rừng đặc dụng được khoán bảo vệ", Y23, total=118640),
    F("sản xuất 22.840 ha", "22.840", 22840, "measure", "ha", "rừng sản xuất được khoán bảo vệ", Y23, total=118640),
    F("cho 46 cộng đồng", "46", 46, "count", "cộng đồng dân cư", "cộng đồng dân cư thôn, bản nhận khoán", I(Y23)),
    F("2.315 hộ gia đình", "2.315", 2315, "count", "hộ gia đình", "hộ gia đình nhận khoán", I(Y23)),
    F("và 12 tổ chức", "12", 12, "count", "tổ chức", "tổ chức nhận khoán", I(Y23)),
    F("ước đạt 42,6 tỷ đồng", "42,6", 42.6e9, "money", "đồng", "tổng số tiền chi trả dịch vụ môi trường rừng", Y23,
      percent=108, status="estimate"),
    F("lần lượt 12,4 tỷ đồng", "12,4", 12.4e9, "money", "đồng",
      "tiền dịch vụ môi trường rừng chi trả cho cộng đồng dân cư", I(Y23), total=42.6e9, status="estimate"),
    F("18,7 tỷ đồng", "18,7", 18.7e9, "money", "đồng",
      "tiền dịch vụ môi trường rừng chi trả cho hộ gia đình", I(Y23), total=42.6e9, status="estimate"),
    F("11,5 tỷ đồng", "11,5", 11.5e9, "money", "đồng",
      "tiền dịch vụ môi trường rừng chi trả cho tổ chức", I(Y23), total=42.6e9, status="estimate"),
    F("khoảng 360.000 đồng/ha/năm", "360.000", 360000, "money", "đồng/ha/năm", "mức chi trả bình quân",
      approx="about", change=CH("increase", 25000, "đồng/ha", "năm trước")),
    F("với 36 tổ", "36", 36, "count", "tổ", "tổ bảo vệ rừng cộng đồng", Y23c),
    F("1.240 lượt tuần tra", "1.240", 1240, "count", "lượt tuần tra", "lượt tuần tra", Y23c),
    F("xử lý 14 vụ", "14", 14, "count", "vụ", "vụ vi phạm Luật Lâm nghiệp phát hiện và xử lý", Y23c,
      change=CH("decrease", 6, "vụ", "năm 2022")),
    F("tịch thu 12,35 m3", "12,35", 12.35, "measure", "m3", "gỗ các loại tịch thu", Y23c),
    F("ngân sách 186 triệu đồng", "186", 186e6, "money", "đồng", "thu nộp ngân sách", Y23c),
    F("trên 83%", "83", 83, "percent", "%", "tỷ lệ che phủ rừng", Y24, approx="over", status="target"),
    F("khoán bảo vệ 120.000 ha", "120.000", 120000, "measure", "ha", "rừng khoán bảo vệ", Y24, status="target"),
]

COMMENTS = [
    "Cổng TTĐT huyện Tương Dương (Nghệ An; invented): khoán bảo vệ rừng và chi trả dịch vụ môi trường rừng năm 2023.",
    "Dateline 'Thứ Năm, 18/01/2024 - 14:20' after the headline. District portal: location Tương Dương throughout.",
    "Not figures: 'Quyết định số 1245/QĐ-UBND ngày 20/3/2023', 'Luật Lâm nghiệp', 'Quốc lộ 7A', 'Khối 4', phone 0238.3873.125.",
    "Forest-type parts after 'trong đó' add up to 118.640 ha. The 46/2.315/12 recipients count different things: no total.",
    "The 'Trong đó … lần lượt' payments add up to 42,6 tỷ and share its 'ước' (estimate). 'đạt 108% kế hoạch' is the percent of 42,6 tỷ.",
    "'cao hơn 25.000 đồng/ha so với năm trước' is the change of the 360.000 đồng/ha/năm rate (no period stated in its sentence).",
    "Headline 'chi trả hơn 42 tỷ' has no cue of its own: actual. 'Năm 2024 … phấn đấu' → target.",
]

if __name__ == "__main__":
    emit("p628-2", TEXT, COMMENTS, FIGS, published="2024-01-18", location="Tương Dương")
