"""p1185-2: district portal (huyện Tam Nông, Đồng Tháp): influenza vaccination of free-range ducks."""
from lib import F, P, I, C, T, write

TEXT = """CỔNG THÔNG TIN ĐIỆN TỬ HUYỆN TAM NÔNG - TỈNH ĐỒNG THÁP
Trang chủ | Tin tức | Kinh tế | Nông nghiệp

Tam Nông: Tăng cường tiêm phòng cúm cho đàn vịt chạy đồng

05/03/2024 | 14:15

Theo Trạm Chăn nuôi và Thú y huyện, từ đầu năm đến nay toàn huyện đã tiêm phòng vắc xin cúm gia cầm cho 186.400 con vịt, đạt 62,1% kế hoạch năm. Trong đó, đàn vịt chạy đồng được tiêm 124.700 con, chiếm 66,9%; số còn lại là vịt nuôi nhốt tại các trại ở xã Phú Cường, An Long và Phú Ninh.

Hiện toàn huyện có 312 hộ nuôi vịt chạy đồng với tổng đàn khoảng 195.000 con, bình quân mỗi đàn từ 500 đến 800 con. Do đàn vịt di chuyển theo mùa thu hoạch lúa nên việc tiêm phòng gặp nhiều khó khăn; Trạm đã thành lập bốn tổ tiêm lưu động, mỗi tổ ba người, trực tiếp xuống tận các cánh đồng để tiêm.

Ông Lê Văn Phúc, chủ đàn vịt 2.000 con ở ấp K10, xã Phú Hiệp cho biết: "Đàn vịt của tôi được tiêm hai mũi, cách nhau 21 ngày. Mỗi con tốn khoảng 800 đồng tiền vắc xin, nhưng yên tâm hơn nhiều". Năm 2023, gia đình ông xuất bán 3 lứa vịt thịt, lãi khoảng 150 triệu đồng.

Theo kế hoạch, trong tháng 3 và tháng 4, huyện tiếp tục tiêm bổ sung cho khoảng 70.000 con vịt, gà mới nhập đàn; phấn đấu đến ngày 30/6 tỷ lệ tiêm phòng đạt ít nhất 80% tổng đàn. Người dân phát hiện gia cầm bệnh, chết bất thường báo ngay cho Trạm qua số điện thoại 0277.3827.116.

Thanh Tâm (Trạm Chăn nuôi và Thú y huyện)
"""

YTD = P("từ đầu năm đến nay", "2024-01-01", "2024-03-05")
Y23 = P("Năm 2023", "2023-01-01", "2023-12-31")
MA = P("trong tháng 3 và tháng 4", "2023-03-01", "2023-04-30")
JUN = P("đến ngày 30/6", None, "2023-06-30")
PHUC = "vịt của ông Lê Văn Phúc"

FIGS = [
    F("cho 186.400 con", "186.400", 186400, "count", "con", percent=62.1,
      subject="vịt được tiêm phòng vắc xin cúm gia cầm", period=YTD),
    F("tiêm 124.700 con", "124.700", 124700, "count", "con", total=186400, percent=66.9,
      subject="vịt chạy đồng được tiêm phòng vắc xin cúm", period=I(YTD)),
    F("có 312 hộ", "312", 312, "count", "hộ", subject="hộ nuôi vịt chạy đồng"),
    F("khoảng 195.000 con", "195.000", 195000, "count", "con", approx="about",
      subject="tổng đàn vịt chạy đồng"),
    F("từ 500 đến 800 con", "500", 500, "measure", "con/đàn", value_max=800,
      subject="vịt bình quân mỗi đàn"),
    F("lập bốn tổ", "bốn", 4, "count", "tổ", subject="tổ tiêm lưu động"),
    F("tổ ba người", "ba", 3, "measure", "người/tổ", subject="người mỗi tổ tiêm lưu động"),
    F("đàn vịt 2.000 con", "2.000", 2000, "count", "con", subject=PHUC),
    F("tiêm hai mũi", "hai", 2, "count", "mũi", subject="mũi tiêm phòng cho đàn vịt của ông Lê Văn Phúc"),
    F("cách nhau 21 ngày", "21", 21, "measure", "ngày", optional=True,
      subject="khoảng cách giữa hai mũi tiêm"),
    F("khoảng 800 đồng", "800", 800, "money", "đồng/con", approx="about",
      subject="tiền vắc xin mỗi con vịt"),
    F("bán 3 lứa", "3", 3, "count", "lứa", subject="lứa vịt thịt gia đình ông Phúc xuất bán", period=Y23),
    F("khoảng 150 triệu", "150", 150000000, "money", "đồng", approx="about",
      subject="lãi của gia đình ông Phúc", period=Y23),
    F("khoảng 70.000 con", "70.000", 70000, "count", "con", approx="about", status="target",
      subject="vịt, gà mới nhập đàn được tiêm bổ sung", period=MA),
    F("ít nhất 80%", "80", 80, "percent", "%", approx="at_least", status="target",
      subject="tỷ lệ tiêm phòng trên tổng đàn", period=JUN),
]

NOTES = [
    "District portal (huyện Tam Nông, Đồng Tháp): 'from the start of the year' vaccination of ducks. Bare dateline '05/03/2024 | 14:15'.",
    "Default location is the district, Tam Nông; the farmer's commune Phú Hiệp lies in it. Byline at the end.",
    "Distractors: '14:15', 'ấp K10', phone 0277.3827.116. Number words 'bốn tổ', 'ba người', 'hai mũi' are figures.",
    "'từ đầu năm đến nay' ends at the dateline. 'mỗi đàn', 'mỗi tổ' make per-unit measures. '21 ngày' (interval between shots) is optional.",
    "'Theo kế hoạch ... tiêm bổ sung' is a plan: target.",
    "revised: year-less 'tháng 3 và tháng 4', 'đến ngày 30/6' take 2023 from the nearest earlier period 'Năm 2023' (FIGURES.md §3),",
    "not 2024 from the dateline as first annotated (the writer means 2024; the spec's rule says 2023).",
    "The farmer's figures are a portrait: no period except the sentence with 'Năm 2023'.",
]

if __name__ == "__main__":
    write("p1185-2", TEXT, NOTES, FIGS, published="2024-03-05", location="Tam Nông")
