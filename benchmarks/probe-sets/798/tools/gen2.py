"""p798-2: district portal (Mường Khương, Lào Cai), commune post offices 2023 and Q1/2024."""
from lib import F, period, inherit, change, target, write

TEXT = """CỔNG THÔNG TIN ĐIỆN TỬ HUYỆN MƯỜNG KHƯƠNG
Trang chủ > Tin tức - Sự kiện > Kinh tế
Thứ Năm, 14/03/2024 - 10:05

Bưu điện văn hóa xã - cầu nối đưa dịch vụ công về thôn bản

Toàn huyện Mường Khương hiện có 14 điểm bưu điện văn hóa xã (BĐVHX) đặt tại 14/16 xã, thị trấn; thị trấn Mường Khương và xã Bản Lầu do bưu cục trung tâm huyện phục vụ trực tiếp. Mỗi điểm có từ 1 đến 2 nhân viên, phục vụ bình quân 25 lượt khách/ngày.

Năm 2023, các điểm BĐVHX đạt tổng doanh thu 2,74 tỷ đồng, tăng 18,5% so với năm 2022, trong đó doanh thu dịch vụ hành chính công đạt 312 triệu đồng. Nhân viên các điểm đã tiếp nhận, trả kết quả 4.126 hồ sơ thủ tục hành chính qua dịch vụ bưu chính công ích; chi trả trợ cấp bảo trợ xã hội cho 2.870 đối tượng với tổng số tiền 19,6 tỷ đồng. Mỗi tháng, các điểm còn chi trả lương hưu cho 612 người, chủ yếu là cán bộ hưu trí ở các xã vùng cao như Tả Ngải Chồ, Pha Long, Dìn Chin.

Quý I/2024, các điểm BĐVHX đã thu hộ tiền đóng bảo hiểm y tế hộ gia đình, bảo hiểm xã hội tự nguyện cho 1.045 người; phát triển mới 236 tài khoản ví điện tử Postpay, đạt 39,3% kế hoạch năm. Điểm BĐVHX xã Cao Sơn, nằm trên Tỉnh lộ 154, là điểm có doanh thu cao nhất với 86 triệu đồng trong quý.

Năm 2024, Bưu điện huyện đặt mục tiêu doanh thu các điểm BĐVHX đạt 3,1 tỷ đồng, tăng khoảng 13% so với năm 2023; 100% điểm BĐVHX triển khai dịch vụ công trực tuyến và thanh toán không dùng tiền mặt.

Thu Hà - Trung tâm Văn hóa, Thể thao và Truyền thông huyện
"""

Y23 = period("Năm 2023", "2023-01-01", "2023-12-31")
Q1 = period("Quý I/2024", "2024-01-01", "2024-03-31")
Y24 = period("Năm 2024", "2024-01-01", "2024-12-31")

FIGS = [
    F("có 14 điểm", "14", 14, "count", "điểm", subject="điểm bưu điện văn hóa xã"),
    F("tại 14/16 xã", "14", 14, "count", "xã, thị trấn", total=16,
      subject="xã, thị trấn có điểm BĐVHX"),
    F("từ 1 đến 2 nhân viên", "1", 1, "count", "nhân viên", value_max=2,
      subject="nhân viên mỗi điểm BĐVHX"),
    F("bình quân 25 lượt khách/ngày", "25", 25, "measure", "lượt khách/ngày",
      subject="lượt khách mỗi điểm BĐVHX phục vụ bình quân"),
    F("doanh thu 2,74 tỷ đồng", "2,74", 2.74e9, "money", "đồng",
      change=change("increase", 18.5, "%", "năm 2022"), subject="tổng doanh thu các điểm BĐVHX",
      period=Y23),
    F("đạt 312 triệu đồng", "312", 312e6, "money", "đồng", total=2.74e9,
      subject="doanh thu dịch vụ hành chính công", period=Y23),
    F("kết quả 4.126 hồ sơ", "4.126", 4126, "count", "hồ sơ",
      subject="hồ sơ thủ tục hành chính tiếp nhận, trả kết quả qua bưu chính công ích",
      period=inherit(Y23)),
    F("cho 2.870 đối tượng", "2.870", 2870, "count", "đối tượng",
      subject="đối tượng được chi trả trợ cấp bảo trợ xã hội", period=inherit(Y23)),
    F("tiền 19,6 tỷ đồng", "19,6", 19.6e9, "money", "đồng",
      subject="tổng số tiền chi trả trợ cấp bảo trợ xã hội", period=inherit(Y23)),
    F("cho 612 người", "612", 612, "count", "người",
      subject="người được chi trả lương hưu tại các điểm BĐVHX mỗi tháng", period=inherit(Y23)),
    F("cho 1.045 người", "1.045", 1045, "count", "người",
      subject="người được thu hộ tiền đóng bảo hiểm y tế, bảo hiểm xã hội tự nguyện", period=Q1),
    F("mới 236 tài khoản", "236", 236, "count", "tài khoản", percent=39.3,
      subject="tài khoản ví điện tử Postpay phát triển mới", period=Q1),
    F("với 86 triệu đồng", "86", 86e6, "money", "đồng",
      subject="doanh thu điểm BĐVHX xã Cao Sơn", period=inherit(Q1)),
    F("đạt 3,1 tỷ đồng", "3,1", 3.1e9, "money", "đồng", status="target",
      change=change("increase", 13, "%", "năm 2023", approx="about"),
      subject="doanh thu các điểm BĐVHX", period=Y24),
    F("2023; 100% điểm", "100", 100, "percent", "%", status="target",
      subject="điểm BĐVHX triển khai dịch vụ công trực tuyến và thanh toán không dùng tiền mặt",
      period=Y24),
]

NOTES = [
    "Probe 798. District portal of Mường Khương (Lào Cai), Thứ Năm 14/03/2024. Location: the district (communes lie in it).",
    "'14/16 xã, thị trấn' is a count with total 16. 'Mỗi tháng ... 612 người' and the 2023 paragraph's later sentences inherit",
    "'Năm 2023'. '25 lượt khách/ngày' is a rate (measure). '86 triệu đồng trong quý' inherits Quý I/2024. Targets for 2024:",
    "3,1 tỷ (change 'tăng khoảng 13% so với năm 2023') and 100%. Not figures: Tỉnh lộ 154, time 10:05, weekday.",
]

if __name__ == "__main__":
    write("p798-2", TEXT, NOTES, FIGS, published="2024-03-14", location="Mường Khương")
