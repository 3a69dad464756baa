"""p767-2: Mường Lát district portal — villages connected H1/2024, communes, support for poor households."""
from lib import fig, per, inh, ch, write

TEXT = """CỔNG THÔNG TIN ĐIỆN TỬ HUYỆN MƯỜNG LÁT
Trang chủ / Tin tức / Kinh tế - Xã hội
Thứ Sáu, 14/06/2024 - 15:20

Đóng điện lưới quốc gia cho 5 bản vùng cao

6 tháng đầu năm 2024, ngành điện và UBND huyện đã đóng điện lưới quốc gia cho 5 bản với 412 hộ dân, trong đó xã Pù Nhi có 3 bản (245 hộ), xã Nhi Sơn có 2 bản (167 hộ). Nhờ đó, tỷ lệ hộ sử dụng điện lưới trên địa bàn huyện tăng từ 91,3% lên 94,8%.

Các công trình được đầu tư từ Chương trình mục tiêu quốc gia 1719 và vốn của Công ty Điện lực Thanh Hóa, tổng kinh phí 68,4 tỷ đồng; gồm 17,6 km đường dây 35kV, 24,3 km đường dây 0,4kV và 6 trạm biến áp. Bản Sài Khao, xã Pù Nhi, cách trung tâm huyện gần 30 km, là bản xa nhất được đóng điện đợt này.

Hiện nay, hai xã Tam Chung và Trung Lý có tỷ lệ hộ dùng điện lần lượt là 97,2% và 89,5%. Toàn huyện còn 11 bản với gần 900 hộ chưa có điện lưới, tập trung tại các xã Trung Lý, Mường Lý và Quang Chiểu.

Theo ông Hà Văn Thịnh, Phó Chủ tịch UBND huyện, dự kiến đến hết quý IV/2024 sẽ đóng điện thêm cho 4 bản với khoảng 310 hộ. Huyện cũng đã chi trả hỗ trợ tiền điện cho 2.134 hộ nghèo và hộ chính sách xã hội với mức 46.000 đồng/hộ/tháng, tổng kinh phí 6 tháng ước đạt 589 triệu đồng.

Điện lực Mường Lát khuyến cáo người dân sử dụng điện an toàn, tiết kiệm; khi có sự cố liên hệ đường dây nóng 19006769.

Nguyễn Thị Lan - Văn phòng HĐND-UBND huyện
"""

H1 = per("6 tháng đầu năm 2024", "2024-01-01", "2024-06-30")
Q4 = per("đến hết quý IV/2024", end="2024-12-31")
H1b = per("6 tháng", "2024-01-01", "2024-06-30")

FIGS = [
    fig("Đóng điện lưới quốc gia cho 5 bản", "5", 5, "count", "bản", "bản được đóng điện lưới quốc gia", inh(H1)),
    fig("cho 5 bản với", "5", 5, "count", "bản", "bản được đóng điện lưới quốc gia", H1),
    fig("412 hộ dân", "412", 412, "count", "hộ dân", "hộ dân được đóng điện lưới quốc gia", H1),
    fig("có 3 bản", "3", 3, "count", "bản", "bản được đóng điện xã Pù Nhi", H1, total=5),
    fig("(245 hộ)", "245", 245, "count", "hộ", "hộ được đóng điện xã Pù Nhi", H1, total=412),
    fig("có 2 bản", "2", 2, "count", "bản", "bản được đóng điện xã Nhi Sơn", H1, total=5),
    fig("(167 hộ)", "167", 167, "count", "hộ", "hộ được đóng điện xã Nhi Sơn", H1, total=412),
    fig("từ 91,3%", "91,3", 91.3, "percent", "%", "tỷ lệ hộ sử dụng điện lưới trên địa bàn huyện"),
    fig("lên 94,8%", "94,8", 94.8, "percent", "%", "tỷ lệ hộ sử dụng điện lưới trên địa bàn huyện"),
    fig("kinh phí 68,4 tỷ đồng", "68,4", 68.4e9, "money", "đồng", "tổng kinh phí các công trình", inh(H1)),
    fig("17,6 km", "17,6", 17.6, "measure", "km", "đường dây 35kV", inh(H1)),
    fig("24,3 km", "24,3", 24.3, "measure", "km", "đường dây 0,4kV", inh(H1)),
    fig("6 trạm biến áp", "6", 6, "count", "trạm biến áp", "trạm biến áp", inh(H1)),
    fig("gần 30 km", "30", 30, "measure", "km", "khoảng cách từ bản Sài Khao đến trung tâm huyện", approx="nearly"),
    fig("hai xã Tam Chung", "hai", 2, "count", "xã", "xã Tam Chung và Trung Lý", optional=True),
    fig("lần lượt là 97,2%", "97,2", 97.2, "percent", "%", "tỷ lệ hộ dùng điện xã Tam Chung"),
    fig("và 89,5%", "89,5", 89.5, "percent", "%", "tỷ lệ hộ dùng điện xã Trung Lý"),
    fig("còn 11 bản", "11", 11, "count", "bản", "bản chưa có điện lưới"),
    fig("gần 900 hộ", "900", 900, "count", "hộ", "hộ chưa có điện lưới", approx="nearly"),
    fig("cho 4 bản", "4", 4, "count", "bản", "bản được đóng điện thêm", Q4, status="forecast"),
    fig("khoảng 310 hộ", "310", 310, "count", "hộ", "hộ được đóng điện thêm", Q4, approx="about", status="forecast"),
    fig("cho 2.134 hộ", "2.134", 2134, "count", "hộ",
        "hộ nghèo và hộ chính sách xã hội được hỗ trợ tiền điện", H1b),
    fig("46.000 đồng/hộ/tháng", "46.000", 46000, "money", "đồng/hộ/tháng", "mức hỗ trợ tiền điện"),
    fig("ước đạt 589 triệu đồng", "589", 589e6, "money", "đồng", "tổng kinh phí hỗ trợ tiền điện", H1b,
        status="estimate"),
]

COMMENTS = [
    "Mường Lát district portal (Thanh Hóa), 'Thứ Sáu, 14/06/2024 - 15:20', byline at the end: villages connected in H1/2024.",
    "Location: the district for every figure; communes (Pù Nhi, Nhi Sơn, Tam Chung, Trung Lý) are not a level the spec uses,",
    "so they stay in the subject. 'trong đó xã Pù Nhi có 3 bản (245 hộ)': bản parts → total 5, hộ parts → total 412.",
    "'tăng từ 91,3% lên 94,8%': two percent levels, no change object (no change amount is stated). No period phrase: none.",
    "Voltage classes '35kV', '0,4kV' name the line type (identifiers, not figures). 'Chương trình mục tiêu quốc gia 1719' is a name;",
    "'19006769' a hotline; 'quý IV/2024' a period. 'dự kiến đến hết quý IV/2024' → forecast, as-of end 2024-12-31.",
    "revised after scoring: 'hai xã Tam Chung và Trung Lý' added as optional (a count that only enumerates named items,",
    "as shared h05 'cả 03 khối', '4 vị trí tiếp theo').",
    "'tổng kinh phí 6 tháng ước đạt' → 6 tháng (year 2024 from the lead) stated in the sentence, also for 2.134 hộ; only 589 triệu is estimate.",
]

if __name__ == "__main__":
    write("p767-2", TEXT, COMMENTS, FIGS, published="2024-06-14", location="Mường Lát")
