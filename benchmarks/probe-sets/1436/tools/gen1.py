"""p1436-1: city portal (Đà Nẵng): termite-treatment requests 6 months 2024, service firms, prices, a firm in Sơn Trà."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """Trang chủ > Tin tức - Sự kiện > Y tế - Xã hội

Đà Nẵng: Hơn 1.300 yêu cầu xử lý mối nhà ở trong 6 tháng

Cập nhật: 16/07/2024 09:45 | Lượt xem: 1.862

Theo Sở Y tế thành phố, 6 tháng đầu năm 2024, các cơ sở dịch vụ diệt côn trùng trên địa bàn đã tiếp nhận 1.326 yêu cầu xử lý mối của hộ gia đình, tăng 18,5% so với cùng kỳ năm 2023; trong đó quận Sơn Trà 412 yêu cầu, quận Ngũ Hành Sơn 287 yêu cầu.

Hiện toàn thành phố có 91 cơ sở đã công bố đủ điều kiện cung cấp dịch vụ diệt côn trùng, diệt khuẩn bằng chế phẩm, tăng 7 cơ sở so với cuối năm 2023, đứng thứ 3 cả nước sau TP Hồ Chí Minh và Hà Nội. Các cơ sở sử dụng khoảng 1.050 lao động, trong đó hơn 380 người có chứng chỉ tập huấn sử dụng hóa chất.

Giá dịch vụ phòng mối cho nhà ở xây mới phổ biến từ 25.000 đến 40.000 đồng/m2; xử lý gián, kiến trong căn hộ chung cư khoảng 600.000-900.000 đồng/lần.

Trong quý II, đoàn kiểm tra liên ngành đã kiểm tra 24 cơ sở, phát hiện 5 cơ sở sử dụng chế phẩm chưa được cấp số đăng ký lưu hành, xử phạt 87,5 triệu đồng.

Tại quận Sơn Trà, từ đầu năm đến nay, Công ty TNHH Dịch vụ Môi trường Xanh Biển đã xử lý mối cho 186 căn nhà với tổng diện tích hơn 21 nghìn m2. Theo ông Trần Văn Hưng, giám đốc công ty, mỗi tháng công ty nhận từ 40 đến 50 cuộc gọi xử lý gián, mối; số cuộc gọi trong mùa mưa thường gấp đôi mùa khô.

Sở Y tế đề nghị người dân chỉ thuê cơ sở có tên trong danh sách công bố trên trang thông tin của Sở; phản ánh vi phạm xin gọi đường dây nóng 0236.3890.115.

Tin liên quan:
- Đà Nẵng phát động chiến dịch diệt lăng quăng đợt 2 năm 2024
- Hướng dẫn phòng chống sốt xuất huyết trong mùa mưa
"""

H1 = per("6 tháng đầu năm 2024", "2024-01-01", "2024-06-30")
H1_HEAD = per("6 tháng", "2024-01-01", "2024-06-30")
Q2 = per("quý II", "2024-04-01", "2024-06-30")
YTD = per("từ đầu năm đến nay", "2024-01-01", "2024-07-16")
ST = "Sơn Trà"
REQ = "yêu cầu xử lý mối của hộ gia đình"

FIGS = [
    fig("Hơn 1.300 yêu cầu", "1.300", 1300, "count", "yêu cầu", approx="over",
        subject="yêu cầu xử lý mối nhà ở", period=H1_HEAD),
    fig("tiếp nhận 1.326 yêu cầu", "1.326", 1326, "count", "yêu cầu",
        change=chg("increase", 18.5, "%", "cùng kỳ năm 2023"), subject=REQ, period=H1),
    fig("Sơn Trà 412 yêu cầu", "412", 412, "count", "yêu cầu", total=1326, subject=REQ, period=H1,
        location=ST),
    fig("Sơn 287 yêu cầu", "287", 287, "count", "yêu cầu", total=1326, subject=REQ, period=H1,
        location="Ngũ Hành Sơn"),
    fig("có 91 cơ sở", "91", 91, "count", "cơ sở",
        change=chg("increase", 7, "cơ sở", "cuối năm 2023"),
        subject="cơ sở đã công bố đủ điều kiện cung cấp dịch vụ diệt côn trùng, diệt khuẩn bằng chế phẩm"),
    fig("đứng thứ 3", "3", 3, "rank", "hạng",
        subject="số cơ sở cung cấp dịch vụ diệt côn trùng, diệt khuẩn"),
    fig("khoảng 1.050 lao động", "1.050", 1050, "count", "lao động", approx="about",
        subject="lao động các cơ sở sử dụng"),
    fig("hơn 380 người", "380", 380, "count", "người", approx="over", total=1050,
        subject="người có chứng chỉ tập huấn sử dụng hóa chất"),
    fig("từ 25.000 đến 40.000", "25.000", 25000, "money", "đồng/m2", value_max=40000,
        subject="giá dịch vụ phòng mối cho nhà ở xây mới"),
    fig("khoảng 600.000-900.000", "600.000", 600000, "money", "đồng/lần", value_max=900000, approx="about",
        subject="giá xử lý gián, kiến trong căn hộ chung cư"),
    fig("kiểm tra 24 cơ sở", "24", 24, "count", "cơ sở",
        subject="cơ sở đoàn kiểm tra liên ngành kiểm tra", period=Q2),
    fig("phát hiện 5 cơ sở", "5", 5, "count", "cơ sở",
        subject="cơ sở sử dụng chế phẩm chưa được cấp số đăng ký lưu hành", period=Q2),
    fig("phạt 87,5 triệu", "87,5", 87.5e6, "money", "đồng", subject="tiền xử phạt", period=Q2),
    fig("cho 186 căn nhà", "186", 186, "count", "căn nhà",
        subject="căn nhà Công ty TNHH Dịch vụ Môi trường Xanh Biển xử lý mối", period=YTD, location=ST),
    fig("hơn 21 nghìn", "21", 21000, "measure", "m2", approx="over",
        subject="tổng diện tích nhà được xử lý mối", period=YTD, location=ST),
    fig("từ 40 đến 50 cuộc", "40", 40, "measure", "cuộc gọi/tháng", value_max=50,
        subject="cuộc gọi xử lý gián, mối công ty nhận mỗi tháng", location=ST),
    fig("gấp đôi mùa khô", "đôi", 2, "multiple", "lần",
        subject="số cuộc gọi trong mùa mưa so với mùa khô", location=ST),
]

NOTES = [
    "City portal (Đà Nẵng): termite-treatment requests 6 months 2024; 'Cập nhật: 16/07/2024 09:45 | Lượt xem: 1.862'.",
    "Distractors: 09:45, Lượt xem 1.862, hotline 0236.3890.115, 'đợt 2 năm 2024' in a related link.",
    "Headline '6 tháng' takes 2024 (published). 'trong đó' parts after ';' take total 1.326 and their district.",
    "'Hiện' figures get no period. 'tăng 7 cơ sở so với cuối năm 2023' is a change in cơ sở. Rank of the city's count: location Đà Nẵng.",
    "'hơn 21 nghìn m2' = 21000 (nghìn). 'mỗi tháng ... từ 40 đến 50 cuộc gọi' is a rate: measure 'cuộc gọi/tháng'.",
    "'gấp đôi mùa khô' stands alone as the claim: multiple 2. The firm's passage is in quận Sơn Trà.",
    "'kiểm tra 24 cơ sở, phát hiện 5 cơ sở': no part-of-whole cue in the spec, so no total.",
]

if __name__ == "__main__":
    write("p1436-1", TEXT, NOTES, FIGS, published="2024-07-16", location="Đà Nẵng")
