"""p798-5: Party newspaper (Báo Điện Biên Phủ style), pensions paid at commune post offices, 2024."""
from lib import F, period, inherit, change, target, write

TEXT = """Chi trả lương hưu tại điểm bưu điện văn hóa xã: thuận lợi cho người dân vùng cao

Những ngày đầu tháng, điểm bưu điện văn hóa xã (BĐVHX) Chà Cang, huyện Nậm Pồ lại tấp nập người đến nhận lương hưu, trợ cấp. Chị Lò Thị Hoa, nhân viên điểm BĐVHX cho biết mỗi kỳ chi trả điểm phục vụ khoảng 160 người, nhiều cụ đã trên 80 tuổi. Trước đây, người dân ở bản Nà Hỳ 2 phải đi 20-25 km ra trung tâm huyện để nhận tiền.

Theo Bưu điện tỉnh Điện Biên, toàn tỉnh hiện có 98 điểm BĐVHX tại 98/129 xã, phường, thị trấn. Mỗi tháng, Bưu điện tỉnh chi trả lương hưu, trợ cấp BHXH cho 13.650 người; trong đó chi trả tại các điểm BĐVHX cho 5.430 người, chiếm 39,8%. 4 tháng đầu năm 2024, tổng số tiền chi trả đạt hơn 512 tỷ đồng, tăng 15,2% so với cùng kỳ năm 2023, chủ yếu do mức lương hưu được điều chỉnh từ ngày 1/7/2023.

Ở huyện Mường Nhé, 12/13 điểm BĐVHX đã tổ chức chi trả, với khoảng 740 người nhận mỗi tháng. Thù lao của nhân viên điểm BĐVHX hiện từ 3,5 đến 5 triệu đồng/tháng, tùy theo doanh thu của điểm.

Ông Nguyễn Văn Bảy, Giám đốc Bưu điện tỉnh cho biết, trong quý II/2024, đơn vị dự kiến mở thêm 6 điểm chi trả lưu động tại các bản đặc biệt khó khăn. Năm 2024, Bưu điện tỉnh đặt mục tiêu phát triển mới 3.000 tài khoản Postpay cho người hưởng chính sách, phấn đấu đến cuối năm 100% điểm BĐVHX tham gia chi trả.

MINH ANH
08/05/2024
"""

FIGS = [
    F("khoảng 160 người", "160", 160, "count", "người", approx="about",
      subject="người được chi trả mỗi kỳ tại điểm BĐVHX Chà Cang", location="Nậm Pồ"),
    F("trên 80 tuổi", "80", 80, "measure", "tuổi", approx="over", subject="tuổi người nhận",
      location="Nậm Pồ", optional=True),
    F("đi 20-25 km", "20", 20, "measure", "km", value_max=25,
      subject="quãng đường ra trung tâm huyện nhận tiền", location="Nậm Pồ"),
    F("có 98 điểm", "98", 98, "count", "điểm", subject="điểm BĐVHX"),
    F("tại 98/129 xã", "98", 98, "count", "xã, phường, thị trấn", total=129,
      subject="xã, phường, thị trấn có điểm BĐVHX"),
    F("cho 13.650 người", "13.650", 13650, "count", "người",
      subject="người được chi trả lương hưu, trợ cấp BHXH mỗi tháng"),
    F("cho 5.430 người", "5.430", 5430, "count", "người", total=13650, percent=39.8,
      subject="người được chi trả tại các điểm BĐVHX"),
    F("hơn 512 tỷ đồng", "512", 512e9, "money", "đồng", approx="over",
      change=change("increase", 15.2, "%", "cùng kỳ năm 2023"), subject="tổng số tiền chi trả",
      period=period("4 tháng đầu năm 2024", "2024-01-01", "2024-04-30")),
    F("12/13 điểm", "12", 12, "count", "điểm", total=13, subject="điểm BĐVHX đã tổ chức chi trả",
      location="Mường Nhé"),
    F("khoảng 740 người", "740", 740, "count", "người", approx="about",
      subject="người nhận lương hưu, trợ cấp mỗi tháng", location="Mường Nhé"),
    F("từ 3,5 đến 5 triệu đồng/tháng", "3,5", 3.5e6, "money", "đồng/tháng", value_max=5e6,
      subject="thù lao của nhân viên điểm BĐVHX"),
    F("thêm 6 điểm", "6", 6, "count", "điểm", status="forecast", subject="điểm chi trả lưu động mở thêm",
      period=period("quý II/2024", "2024-04-01", "2024-06-30")),
    F("mới 3.000 tài khoản", "3.000", 3000, "count", "tài khoản", status="target",
      subject="tài khoản Postpay phát triển mới cho người hưởng chính sách",
      period=period("Năm 2024", "2024-01-01", "2024-12-31")),
    F("cuối năm 100% điểm", "100", 100, "percent", "%", status="target",
      subject="điểm BĐVHX tham gia chi trả", period=period("đến cuối năm", None, "2024-12-31")),
]

NOTES = [
    "Probe 798. Party newspaper (Điện Biên), byline MINH ANH and bare date 08/05/2024 at the end (published).",
    "The Chà Cang figures are in huyện Nậm Pồ, the 12/13 and 740 in huyện Mường Nhé; the rest is Điện Biên.",
    "'Mỗi tháng' and 'hiện' give no period. 5.430 after 'trong đó' takes total 13.650 and share 39,8%. 'đến cuối năm'",
    "takes 2024 from 'Năm 2024' earlier in the sentence (as-of). Threshold 'trên 80 tuổi' optional. Not figures:",
    "'bản Nà Hỳ 2', 'Nguyễn Văn Bảy', 'từ ngày 1/7/2023', 'Những ngày đầu tháng'.",
]

if __name__ == "__main__":
    write("p798-5", TEXT, NOTES, FIGS, published="2024-05-08", location="Điện Biên")
