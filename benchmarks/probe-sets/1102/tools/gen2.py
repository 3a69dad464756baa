"""p1102-2: quận Hoàng Mai (Hà Nội), district portal, drill at a Linh Đàm tower + district figures."""
from lib import F, P, I, C, T, write

text = """CỔNG THÔNG TIN ĐIỆN TỬ QUẬN HOÀNG MAI
Trang chủ | Tin tức - Sự kiện | Quốc phòng - An ninh

Diễn tập phương án chữa cháy tại tòa nhà HH4C Linh Đàm
Thứ Năm, 17/10/2024 - 15:20

Sáng 16/10, UBND phường Hoàng Liệt phối hợp với Đội Cảnh sát PCCC và CNCH Công an quận tổ chức diễn tập phương án chữa cháy và cứu nạn, cứu hộ tại tòa nhà HH4C, Khu đô thị Linh Đàm. Tòa nhà cao 41 tầng với gần 900 căn hộ và khoảng 3.200 cư dân sinh sống.

Tình huống giả định đám cháy phát sinh tại căn hộ tầng 18 do chập điện, khói lan ra hành lang khiến nhiều người mắc kẹt. Lực lượng chức năng đã huy động 15 xe chữa cháy, hai xe thang, hơn 150 cán bộ, chiến sĩ cùng gần 600 cư dân tham gia. Sau 9 phút, toàn bộ 12 người bị nạn giả định đã được đưa xuống sân tập kết an toàn.

Theo Công an quận, Hoàng Mai hiện có 112 tòa nhà chung cư cao tầng, trong đó 47 tòa tại Khu đô thị Linh Đàm. 9 tháng đầu năm 2024, Công an quận đã kiểm tra an toàn PCCC 298 lượt cơ sở, phát hiện 165 vi phạm, xử phạt 41 trường hợp với tổng số tiền 526,5 triệu đồng, tạm đình chỉ hoạt động 3 cơ sở. Quận cũng tổ chức 64 buổi tuyên truyền kỹ năng thoát nạn cho khoảng 11.000 lượt người; 100% tòa chung cư đã thành lập đội PCCC cơ sở với tổng số 1.344 thành viên.

Dự kiến trong quý IV/2024, quận sẽ tổ chức thêm 12 cuộc diễn tập tại các tòa nhà cao trên 25 tầng, tập trung ở các phường Hoàng Liệt, Đại Kim và Yên Sở. Mọi thông tin phản ánh về an toàn PCCC xin gửi về Công an quận, số 8 đường Bằng Liệt, điện thoại 024.3641.7114.

Thu Hằng - Phường Hoàng Liệt
"""

Q3 = P("9 tháng đầu năm 2024", "2024-01-01", "2024-09-30")
Q4 = P("quý IV/2024", "2024-10-01", "2024-12-31")

figs = [
    F("cao 41 tầng", "41", 41, "measure", "tầng", "chiều cao tòa nhà HH4C", optional=True),
    F("gần 900 căn hộ", "900", 900, "count", "căn hộ", "căn hộ tại tòa nhà HH4C", approx="nearly"),
    F("khoảng 3.200 cư dân", "3.200", 3200, "count", "cư dân", "cư dân sinh sống tại tòa nhà HH4C", approx="about"),
    F("huy động 15 xe chữa cháy", "15", 15, "count", "xe chữa cháy", "xe chữa cháy huy động cho buổi diễn tập"),
    F("hai xe thang", "hai", 2, "count", "xe thang", "xe thang huy động cho buổi diễn tập"),
    F("hơn 150 cán bộ", "150", 150, "count", "cán bộ, chiến sĩ", "cán bộ, chiến sĩ tham gia diễn tập", approx="over"),
    F("gần 600 cư dân", "600", 600, "count", "cư dân", "cư dân tham gia diễn tập", approx="nearly"),
    F("Sau 9 phút", "9", 9, "measure", "phút", "thời gian đưa người bị nạn giả định xuống sân tập kết"),
    F("toàn bộ 12 người", "12", 12, "count", "người", "người bị nạn giả định được đưa xuống an toàn"),
    F("có 112 tòa nhà", "112", 112, "count", "tòa nhà chung cư", "tòa nhà chung cư cao tầng"),
    F("trong đó 47 tòa", "47", 47, "count", "tòa", "tòa nhà chung cư cao tầng tại Khu đô thị Linh Đàm", total=112),
    F("PCCC 298 lượt cơ sở", "298", 298, "count", "lượt cơ sở", "lượt cơ sở được kiểm tra an toàn PCCC", Q3),
    F("phát hiện 165 vi phạm", "165", 165, "count", "vi phạm", "vi phạm phát hiện qua kiểm tra", Q3),
    F("xử phạt 41 trường hợp", "41", 41, "count", "trường hợp", "trường hợp bị xử phạt", Q3),
    F("tổng số tiền 526,5 triệu đồng", "526,5", 526.5e6, "money", "đồng", "tổng số tiền xử phạt", Q3),
    F("hoạt động 3 cơ sở", "3", 3, "count", "cơ sở", "cơ sở bị tạm đình chỉ hoạt động", Q3),
    F("tổ chức 64 buổi", "64", 64, "count", "buổi", "buổi tuyên truyền kỹ năng thoát nạn", I(Q3)),
    F("khoảng 11.000 lượt người", "11.000", 11000, "count", "lượt người", "lượt người được tuyên truyền kỹ năng thoát nạn",
      I(Q3), approx="about"),
    F("100% tòa chung cư", "100", 100, "percent", "%", "tòa chung cư đã thành lập đội PCCC cơ sở"),
    F("tổng số 1.344 thành viên", "1.344", 1344, "count", "thành viên", "thành viên đội PCCC cơ sở"),
    F("thêm 12 cuộc diễn tập", "12", 12, "count", "cuộc diễn tập", "cuộc diễn tập tổ chức thêm tại các tòa nhà", Q4,
      status="forecast"),
    F("cao trên 25 tầng", "25", 25, "measure", "tầng", "chiều cao tòa nhà", approx="over", optional=True),
]

write("p1102-2", text, [
    "District portal (quận Hoàng Mai, Hà Nội): drill at tower HH4C Linh Đàm (16/10/2024) and district PCCC figures, 9 months 2024.",
    "Location is the district 'Hoàng Mai' for every figure (the drill building lies in phường Hoàng Liệt of the district).",
    "Building height '41 tầng' (the example's specification) and threshold 'trên 25 tầng' are optional. 'hai xe thang' is a number word.",
    "'tầng 18' (a floor), 'số 8 đường Bằng Liệt', 024.3641.7114, 'HH4C', times and dates are distractors.",
    "'hiện có 112 tòa' has no period phrase (no period). '64 buổi', '11.000 lượt' continue the 9-month sentence's context (inherited).",
    "The 100% / 1.344 clause is a state ('đã thành lập'), no period given.",
], figs, published="2024-10-17", location="Hoàng Mai")
