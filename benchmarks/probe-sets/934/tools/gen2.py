"""p934-2: district portal of huyện Thạch Hà (Hà Tĩnh), quý I/2025, residence registration and data cleaning."""
from lib import F, P, I, C, T, build

TEXT = """CỔNG THÔNG TIN ĐIỆN TỬ HUYỆN THẠCH HÀ
Tin tức - Sự kiện » An ninh - Quốc phòng
Thứ Năm, 27/03/2025 - 15:40

Thạch Hà: Đẩy mạnh đăng ký cư trú trực tuyến, làm sạch dữ liệu dân cư

Quý I/2025, Công an huyện đã chỉ đạo Công an 26 xã, thị trấn tiếp nhận, giải quyết 3.184 hồ sơ đăng ký cư trú, trong đó đăng ký thường trú 1.096 hồ sơ, đăng ký tạm trú 742 hồ sơ, xóa đăng ký thường trú 1.215 hồ sơ và khai báo tạm vắng 131 hồ sơ. Số hồ sơ nộp qua Cổng dịch vụ công là 2.871 hồ sơ, chiếm 90,2%, tăng 386 hồ sơ so với quý IV/2024.

Trong đợt cao điểm lần thứ 3 từ ngày 10/3 đến 25/3/2025, các tổ công tác đã đến tận nhà thu nhận hồ sơ cấp căn cước cho 214 người cao tuổi, người khuyết tật.

Đến nay, Công an huyện đã rà soát, làm sạch 142.560 thông tin công dân trong Cơ sở dữ liệu quốc gia về dân cư; thu nhận 97.318 hồ sơ cấp căn cước, đạt 99,2%; kích hoạt 78.045 tài khoản định danh điện tử mức độ 2, đạt 86,7% số người đủ điều kiện. Các xã có tỷ lệ kích hoạt cao là Thạch Đài (95,3%), Thạch Kênh (93,8%) và thị trấn Thạch Hà (92,1%); thấp nhất là xã Nam Điền với 71,4%.

Phấn đấu trong quý II/2025, huyện hoàn thành cấp căn cước cho 100% công dân đủ điều kiện và nâng tỷ lệ kích hoạt tài khoản định danh điện tử lên trên 90%. Thời gian giải quyết hồ sơ đăng ký thường trú tại Công an cấp xã đã được rút ngắn còn từ 3 đến 5 ngày làm việc, thay vì 7 ngày như quy định tại Luật Cư trú năm 2020.

Hoàng Anh - Công an huyện Thạch Hà
Bản quyền thuộc UBND huyện Thạch Hà, tỉnh Hà Tĩnh.
"""

Q1 = P("Quý I/2025", "2025-01-01", "2025-03-31")
NOW = P("Đến nay", None, "2025-03-27")
Q2 = P("trong quý II/2025", "2025-04-01", "2025-06-30")

FIGS = [
    F("Công an 26 xã, thị trấn", "26", 26, "count", "xã, thị trấn",
      subject="xã, thị trấn tiếp nhận, giải quyết hồ sơ đăng ký cư trú", period=Q1),
    F("giải quyết 3.184 hồ sơ", "3.184", 3184, "count", "hồ sơ",
      subject="hồ sơ đăng ký cư trú tiếp nhận, giải quyết", period=Q1),
    F("đăng ký thường trú 1.096 hồ sơ", "1.096", 1096, "count", "hồ sơ", total=3184,
      subject="hồ sơ đăng ký thường trú", period=Q1),
    F("đăng ký tạm trú 742 hồ sơ", "742", 742, "count", "hồ sơ", total=3184,
      subject="hồ sơ đăng ký tạm trú", period=Q1),
    F("xóa đăng ký thường trú 1.215 hồ sơ", "1.215", 1215, "count", "hồ sơ", total=3184,
      subject="hồ sơ xóa đăng ký thường trú", period=Q1),
    F("tạm vắng 131 hồ sơ", "131", 131, "count", "hồ sơ", total=3184,
      subject="hồ sơ khai báo tạm vắng", period=Q1),
    # no part-of cue: 'chiếm 90,2%' is its share, 'tăng 386 hồ sơ' its change
    F("là 2.871 hồ sơ", "2.871", 2871, "count", "hồ sơ", percent=90.2,
      change=C("increase", 386, "hồ sơ", "quý IV/2024"),
      subject="hồ sơ nộp qua Cổng dịch vụ công", period=I(Q1)),
    F("cho 214 người", "214", 214, "count", "người",
      subject="người cao tuổi, người khuyết tật được thu nhận hồ sơ cấp căn cước tại nhà",
      period=P("từ ngày 10/3 đến 25/3/2025", "2025-03-10", "2025-03-25")),
    F("làm sạch 142.560 thông tin", "142.560", 142560, "count", "thông tin công dân",
      subject="thông tin công dân trong Cơ sở dữ liệu quốc gia về dân cư được rà soát, làm sạch", period=NOW),
    F("thu nhận 97.318 hồ sơ", "97.318", 97318, "count", "hồ sơ", percent=99.2,
      subject="hồ sơ cấp căn cước thu nhận", period=NOW),
    F("kích hoạt 78.045 tài khoản", "78.045", 78045, "count", "tài khoản", percent=86.7,
      subject="tài khoản định danh điện tử mức độ 2 kích hoạt", period=NOW),
    F("Thạch Đài (95,3%)", "95,3", 95.3, "percent", "%",
      subject="tỷ lệ kích hoạt tài khoản định danh điện tử", period=I(NOW)),
    F("Thạch Kênh (93,8%)", "93,8", 93.8, "percent", "%",
      subject="tỷ lệ kích hoạt tài khoản định danh điện tử", period=I(NOW)),
    F("thị trấn Thạch Hà (92,1%)", "92,1", 92.1, "percent", "%",
      subject="tỷ lệ kích hoạt tài khoản định danh điện tử", period=I(NOW)),
    F("Nam Điền với 71,4%", "71,4", 71.4, "percent", "%",
      subject="tỷ lệ kích hoạt tài khoản định danh điện tử", period=I(NOW)),
    F("cho 100% công dân", "100", 100, "percent", "%", status="target",
      subject="công dân đủ điều kiện được cấp căn cước", period=Q2),
    F("lên trên 90%", "90", 90, "percent", "%", approx="over", status="target",
      subject="tỷ lệ kích hoạt tài khoản định danh điện tử", period=Q2),
    F("từ 3 đến 5 ngày làm việc", "3", 3, "measure", "ngày làm việc", value_max=5,
      subject="thời gian giải quyết hồ sơ đăng ký thường trú tại Công an cấp xã"),
    # the legal time limit, a rule rather than a fact about the district: optional
    F("thay vì 7 ngày", "7", 7, "measure", "ngày", optional=True,
      subject="thời gian giải quyết hồ sơ đăng ký thường trú theo Luật Cư trú"),
]

COMMENTS = [
    "Cổng TTĐT huyện Thạch Hà (Hà Tĩnh): đăng ký cư trú quý I/2025, làm sạch dữ liệu, căn cước, ĐDĐT. Dateline 'Thứ Năm, 27/03/2025 - 15:40'.",
    "Location is the district 'Thạch Hà'; communes in the list (Thạch Đài, Thạch Kênh, thị trấn Thạch Hà, Nam Điền) are below district level,",
    "so the figures keep the district as location (FIGURES.md names province, city or district only) and the commune is neither subject nor location.",
    "Not figures: 'lần thứ 3' (ordinal), 'mức độ 2', 'Luật Cư trú năm 2020', dates and times, 'quý IV/2024' (baseline).",
    "The four registration types add up to 3.184 (trong đó): total 3184. 2.871 has no part-of cue: percent 90,2 and change +386 hồ sơ only.",
]

build("p934-2", TEXT, FIGS, COMMENTS, published="2025-03-27", location="Thạch Hà")
