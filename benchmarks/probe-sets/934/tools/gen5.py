"""p934-5: Báo Đắk Lắk (Party/provincial paper), mobile ID-card issuing in huyện Ea Súp; byline and bare date at the end."""
from lib import F, P, I, C, T, build

TEXT = """Đưa căn cước đến với đồng bào vùng sâu

Những ngày cuối tháng 11, tổ công tác của Công an huyện Ea Súp có mặt tại buôn Ea Rốk, cách trung tâm huyện hơn 40 km theo Tỉnh lộ 1, từ 6 giờ sáng để thu nhận hồ sơ cấp căn cước cho bà con. Chỉ trong 2 ngày, tổ đã thu nhận 436 hồ sơ, trong đó 128 hồ sơ của người trên 80 tuổi và người bệnh nằm liệt giường.

Theo Thượng tá Y Bhin Niê, Trưởng Công an huyện Ea Súp, toàn huyện có khoảng 76.500 nhân khẩu, trong đó đồng bào dân tộc thiểu số chiếm gần 40%. Từ đầu năm 2023 đến nay, Công an huyện đã tổ chức 52 đợt cấp căn cước lưu động tại các buôn, thôn, thu nhận 9.847 hồ sơ. Hiện tỷ lệ công dân đủ 14 tuổi trở lên có căn cước công dân gắn chíp trên địa bàn huyện đạt 97,6%.

Đối với định danh điện tử, huyện đã kích hoạt 31.204 tài khoản mức độ 2, đạt 68,3% chỉ tiêu tỉnh giao; riêng xã Ia Rvê đạt 82%, cao nhất huyện. Mỗi tổ công tác bình quân thu nhận khoảng 120 hồ sơ/ngày, có ngày làm việc đến 22 giờ.

Toàn tỉnh Đắk Lắk, tính đến ngày 30/11/2023 đã thu nhận hơn 1,48 triệu hồ sơ cấp căn cước công dân gắn chíp và trên 812.000 hồ sơ định danh điện tử mức độ 2. Trong tháng 12, Công an tỉnh dự kiến tổ chức thêm 120 đợt cấp lưu động tại 15 huyện, thị xã, thành phố, ưu tiên các xã biên giới như Ia Lốp, Ia Rvê, Krông Na. Người dân ở xa được hỗ trợ tiền đi lại 50.000 đồng/người.

“Có căn cước gắn chíp, bà con đi khám bệnh, nhận tiền hỗ trợ thuận lợi hơn nhiều”, ông Y Khoa Mlô, người có uy tín ở buôn Ea Rốk, chia sẻ.

Quốc Bảo
05/12/2023
"""

YTD = P("Từ đầu năm 2023 đến nay", "2023-01-01", "2023-12-05")
ASOF = P("tính đến ngày 30/11/2023", None, "2023-11-30")
DEC = P("Trong tháng 12", "2023-12-01", "2023-12-31")
NOV = P("Những ngày cuối tháng 11", "2023-11-01", "2023-11-30", inherited=True)
DL = "Đắk Lắk"

FIGS = [
    F("hơn 40 km", "40", 40, "measure", "km", approx="over",
      subject="khoảng cách từ buôn Ea Rốk đến trung tâm huyện"),
    # the 2 days only frame the 436 dossiers in time: optional
    F("Chỉ trong 2 ngày", "2", 2, "measure", "ngày", optional=True),
    F("thu nhận 436 hồ sơ", "436", 436, "count", "hồ sơ",
      subject="hồ sơ cấp căn cước tổ công tác thu nhận tại buôn Ea Rốk", period=NOV),
    F("trong đó 128 hồ sơ", "128", 128, "count", "hồ sơ", total=436,
      subject="hồ sơ của người trên 80 tuổi và người bệnh nằm liệt giường", period=NOV),
    F("người trên 80 tuổi", "80", 80, "measure", "tuổi", approx="over", optional=True),
    F("khoảng 76.500 nhân khẩu", "76.500", 76500, "count", "nhân khẩu", approx="about",
      subject="nhân khẩu toàn huyện"),
    F("chiếm gần 40%", "40", 40, "percent", "%", approx="nearly",
      subject="đồng bào dân tộc thiểu số trong nhân khẩu toàn huyện"),
    F("tổ chức 52 đợt", "52", 52, "count", "đợt",
      subject="đợt cấp căn cước lưu động", period=YTD),
    F("thu nhận 9.847 hồ sơ", "9.847", 9847, "count", "hồ sơ",
      subject="hồ sơ cấp căn cước thu nhận qua các đợt lưu động", period=YTD),
    F("đủ 14 tuổi trở lên", "14", 14, "measure", "tuổi", approx="at_least", optional=True),
    F("huyện đạt 97,6%", "97,6", 97.6, "percent", "%",
      subject="tỷ lệ công dân đủ 14 tuổi trở lên có căn cước công dân gắn chíp"),
    F("kích hoạt 31.204 tài khoản", "31.204", 31204, "count", "tài khoản", percent=68.3,
      subject="tài khoản định danh điện tử mức độ 2 kích hoạt"),
    F("Ia Rvê đạt 82%", "82", 82, "percent", "%",
      subject="tỷ lệ đạt chỉ tiêu kích hoạt tài khoản định danh điện tử"),
    F("khoảng 120 hồ sơ/ngày", "120", 120, "measure", "hồ sơ/ngày", approx="about",
      subject="hồ sơ mỗi tổ công tác thu nhận bình quân"),
    F("hơn 1,48 triệu hồ sơ", "1,48", 1480000, "count", "hồ sơ", approx="over", location=DL,
      subject="hồ sơ cấp căn cước công dân gắn chíp thu nhận", period=ASOF),
    F("trên 812.000 hồ sơ", "812.000", 812000, "count", "hồ sơ", approx="over", location=DL,
      subject="hồ sơ định danh điện tử mức độ 2 thu nhận", period=ASOF),
    F("thêm 120 đợt", "120", 120, "count", "đợt", status="forecast", location=DL,
      subject="đợt cấp căn cước lưu động", period=DEC),
    F("tại 15 huyện", "15", 15, "count", "huyện, thị xã, thành phố", status="forecast", location=DL,
      subject="huyện, thị xã, thành phố tổ chức cấp căn cước lưu động", period=DEC),
    F("đi lại 50.000 đồng/người", "50.000", 50000, "money", "đồng/người", location=DL,
      subject="tiền hỗ trợ đi lại cho người dân ở xa"),
]

COMMENTS = [
    "Báo Đắk Lắk: cấp căn cước lưu động ở huyện Ea Súp; byline 'Quốc Bảo' and bare date '05/12/2023' at the end (published).",
    "Default location is the district 'Ea Súp'; the province totals, the December plan and the travel support are 'Đắk Lắk'.",
    "The commune Ia Rvê (82%) is below district level: location stays Ea Súp.",
    "Not figures: 'Tỉnh lộ 1', '6 giờ sáng', '22 giờ' (times), 'mức độ 2', 'tháng 11' / 'tháng 12' as periods, the byline date.",
    "'Chỉ trong 2 ngày' only frames the 436 dossiers (optional); age thresholds 'trên 80 tuổi', 'đủ 14 tuổi trở lên' are optional.",
    "'chiếm gần 40%' has no count of its own before it (76.500 is all residents, the share is of a part): a percent figure.",
    "'Hiện tỷ lệ … đạt 97,6%' and '31.204 tài khoản' carry no period phrase: no period. 'Những ngày cuối tháng 11' stands in the previous sentence",
    "and frames the 436/128 dossiers (inherited, month of the bare date's year 2023). '120 đợt' and '15 huyện' sit in the 'dự kiến' clause: forecast.",
]

build("p934-5", TEXT, FIGS, COMMENTS, published="2023-12-05", location="Ea Súp")
