"""p601-5: Party newspaper (Báo Đà Nẵng style, byline and bare date at the end) — inspections of rooming houses, Q1/2024."""
from lib import F, P, INH, CH, TG, emit

TEXT = """Siết chặt an toàn PCCC tại nhà trọ, nhà ở kết hợp kinh doanh

Quý I/2024, Phòng Cảnh sát PCCC và CNCH Công an TP Đà Nẵng phối hợp các quận, huyện kiểm tra 3.586 cơ sở nhà ở kết hợp sản xuất, kinh doanh và nhà trọ, phát hiện 1.240 cơ sở chưa bảo đảm an toàn PCCC, chiếm 34,6%. Số cơ sở vi phạm tập trung ở quận Hải Châu (412 cơ sở), Thanh Khê (365), Sơn Trà (298) và Liên Chiểu (97).

Qua kiểm tra, lực lượng chức năng đã xử phạt 217 trường hợp, tổng số tiền 1.476,5 triệu đồng, tăng 38% so với quý IV/2023; yêu cầu 5.127 hộ tạo lối thoát nạn thứ 2, phá dỡ “chuồng cọp” ở tầng 4 trở lên.

Theo Thượng tá Nguyễn Văn Hùng, Trưởng phòng Cảnh sát PCCC và CNCH, hiện có từ 30 đến 40% nhà trọ trên địa bàn chưa trang bị thiết bị báo cháy. Từ đầu năm đến ngày 20/3, thành phố đã vận động lắp đặt 14.860 thiết bị báo cháy độc lập tại hộ gia đình, đạt 74,3% kế hoạch năm 2024; mục tiêu đến năm 2025 có 100% nhà trọ được lắp thiết bị báo cháy và kết nối với hệ thống giám sát.

Cũng trong quý I, thành phố xảy ra 19 vụ cháy, không có thương vong, thiệt hại tài sản khoảng 2,3 tỷ đồng. Lực lượng chữa cháy tiếp nhận 126 cuộc gọi báo cháy qua số 114, trong đó 9 cuộc gọi báo tin giả.

Mỗi gia đình có thể liên hệ Đội Cảnh sát PCCC khu vực tại số 47 Lý Tự Trọng để được hướng dẫn lắp đặt miễn phí. Hiện Đà Nẵng có 8.245 “Tổ liên gia an toàn PCCC”, bình quân 5,6 bình chữa cháy/100 hộ dân.

HOÀNG HIỆP

22/03/2024
"""

Q1 = P("Quý I/2024", "2024-01-01", "2024-03-31")
Q1b = P("quý I", "2024-01-01", "2024-03-31")
YTD = P("Từ đầu năm đến ngày 20/3", "2024-01-01", "2024-03-20")
T25 = P("đến năm 2025", None, "2025-12-31")

FIGS = [
    F("kiểm tra 3.586 cơ sở", "3.586", 3586, "count", "cơ sở", "cơ sở nhà ở kết hợp sản xuất, kinh doanh và nhà trọ được kiểm tra", Q1),
    F("phát hiện 1.240 cơ sở", "1.240", 1240, "count", "cơ sở", "cơ sở chưa bảo đảm an toàn PCCC", Q1,
      percent=34.6),
    F("Hải Châu (412 cơ sở)", "412", 412, "count", "cơ sở", "cơ sở vi phạm", INH(Q1), location="Hải Châu"),
    F("Thanh Khê (365)", "365", 365, "count", "cơ sở", "cơ sở vi phạm", INH(Q1), location="Thanh Khê"),
    F("Sơn Trà (298)", "298", 298, "count", "cơ sở", "cơ sở vi phạm", INH(Q1), location="Sơn Trà"),
    F("Liên Chiểu (97)", "97", 97, "count", "cơ sở", "cơ sở vi phạm", INH(Q1), location="Liên Chiểu"),
    F("xử phạt 217 trường hợp", "217", 217, "count", "trường hợp", "trường hợp bị xử phạt", INH(Q1)),
    F("tổng số tiền 1.476,5 triệu đồng", "1.476,5", 1476.5e6, "money", "đồng", "tổng số tiền xử phạt", INH(Q1),
      change=CH("increase", 38, "%", "quý IV/2023")),
    F("yêu cầu 5.127 hộ", "5.127", 5127, "count", "hộ", "hộ được yêu cầu tạo lối thoát nạn thứ 2", INH(Q1)),
    F("từ 30 đến 40% nhà trọ", "30", 30, "percent", "%", "nhà trọ chưa trang bị thiết bị báo cháy", value_max=40),
    F("lắp đặt 14.860 thiết bị", "14.860", 14860, "count", "thiết bị báo cháy", "thiết bị báo cháy độc lập lắp đặt tại hộ gia đình",
      YTD, percent=74.3),
    F("có 100% nhà trọ", "100", 100, "percent", "%", "nhà trọ được lắp thiết bị báo cháy và kết nối với hệ thống giám sát", T25,
      status="target"),
    F("xảy ra 19 vụ cháy", "19", 19, "count", "vụ cháy", "vụ cháy", Q1b),
    F("khoảng 2,3 tỷ đồng", "2,3", 2.3e9, "money", "đồng", "thiệt hại tài sản do cháy", Q1b, approx="about"),
    F("tiếp nhận 126 cuộc gọi", "126", 126, "count", "cuộc gọi", "cuộc gọi báo cháy qua số 114", INH(Q1b)),
    F("trong đó 9 cuộc gọi", "9", 9, "count", "cuộc gọi", "cuộc gọi báo tin giả", INH(Q1b), total=126),
    F("có 8.245 “Tổ", "8.245", 8245, "count", "Tổ liên gia an toàn PCCC", "Tổ liên gia an toàn PCCC"),
    F("bình quân 5,6 bình", "5,6", 5.6, "measure", "bình chữa cháy/100 hộ dân", "bình chữa cháy bình quân trên 100 hộ dân"),
]

COMMENTS = [
    "Party newspaper (invented, Báo Đà Nẵng style): byline \"HOÀNG HIỆP\" and bare date \"22/03/2024\" at the end (published).",
    "Distractors: \"lối thoát nạn thứ 2\" (ordinal), \"tầng 4 trở lên\", \"số 114\", \"số 47 Lý Tự Trọng\", \"Thượng tá\", \"quý IV/2023\" (baseline).",
    "1.240 of the 3.586 inspected: \"phát hiện … chiếm 34,6%\" -> percent 34.6, but no part-of cue (trong đó/gồm/trên tổng số): no total.",
    "District list (does not add up to 1.240, no cue): bare bracketed numbers \"Thanh Khê (365)\" take the unit of the list (cơ sở), places go to location; no total.",
    "\"hiện có từ 30 đến 40%\" is a range percent with no period. \"Từ đầu năm đến ngày 20/3\" -> 2024-01-01..2024-03-20.",
    "\"5,6 bình chữa cháy/100 hộ dân\": a rate, the denominator is part of the unit (not a figure). \"hiện có\" counts: no period.",
]

if __name__ == "__main__":
    emit("p601-5", TEXT, COMMENTS, FIGS, published="2024-03-22", location="Đà Nẵng")
