"""p1519-5: Party newspaper (Báo Nam Định): fabric-flower cooperative in xã Hải Minh, huyện Hải Hậu."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """BÁO NAM ĐỊNH ĐIỆN TỬ
Kinh tế | Nông nghiệp - Nông thôn

Thứ Ba, 12/11/2024 07:30

Hoa vải Hải Minh vươn ra thị trường quốc tế

Từ những mảnh vải vụn, chị em phụ nữ xã Hải Minh, huyện Hải Hậu đã làm ra những bông hoa vải tinh xảo xuất sang Nhật Bản, Đài Loan (Trung Quốc), mỗi năm đem về gần 10 tỷ đồng.

(NĐO) - Thành lập năm 2018 với 12 thành viên, đến nay Hợp tác xã Hoa vải Hải Minh đã có 85 thành viên, trong đó 79 người là phụ nữ, và liên kết với khoảng 400 hộ gia công ở 6 xã trong huyện.

Năm 2023, hợp tác xã sản xuất 520.000 bông hoa vải các loại, doanh thu đạt 9,6 tỷ đồng, lợi nhuận 1,15 tỷ đồng, đứng thứ hai toàn huyện về doanh thu trong khối hợp tác xã phi nông nghiệp. 10 tháng đầu năm nay, doanh thu đạt 8,9 tỷ đồng, bằng 84% kế hoạch năm.

Chị Trần Thị Mến, Giám đốc hợp tác xã cho biết, lao động làm tại xưởng có thu nhập 6,5 triệu đồng/tháng, người nhận hàng về nhà làm từ 3 đến 4 triệu đồng/tháng. "Một bông hồng vải phải qua sáu công đoạn, thợ lành nghề làm được khoảng 80 bông mỗi ngày", chị Mến nói.

Năm 2025, hợp tác xã phấn đấu doanh thu đạt 12 tỷ đồng, mở thêm 2 xưởng và đào tạo nghề cho 150 phụ nữ. Hiện sản phẩm hoa hồng vải của hợp tác xã đã đạt chuẩn OCOP 4 sao.

THU HƯƠNG

Tin liên quan:
- Hải Hậu: Phát triển 3 làng nghề mới
- Hội Liên hiệp Phụ nữ tỉnh tổng kết phong trào năm 2024
"""

NOW = per("đến nay", None, "2024-11-12")
F18 = per("năm 2018", "2018-01-01", "2018-12-31")
Y23 = per("Năm 2023", "2023-01-01", "2023-12-31")
M10 = per("10 tháng đầu năm nay", "2024-01-01", "2024-10-31")
Y25 = per("Năm 2025", "2025-01-01", "2025-12-31")

FIGS = [
    fig("gần 10 tỷ", "10", 10e9, "money", "đồng/năm", approx="nearly",
        subject="tiền chị em phụ nữ xã Hải Minh đem về từ hoa vải"),
    fig("với 12 thành viên", "12", 12, "count", "thành viên",
        subject="thành viên khi thành lập Hợp tác xã Hoa vải Hải Minh", period=F18),
    fig("có 85 thành viên", "85", 85, "count", "thành viên",
        subject="thành viên Hợp tác xã Hoa vải Hải Minh", period=NOW),
    fig("trong đó 79 người", "79", 79, "count", "người", total=85,
        subject="thành viên là phụ nữ", period=NOW),
    fig("khoảng 400 hộ", "400", 400, "count", "hộ", approx="about",
        subject="hộ gia công liên kết với hợp tác xã", period=NOW),
    fig("ở 6 xã", "6", 6, "count", "xã", subject="xã có hộ gia công", period=NOW),
    fig("sản xuất 520.000 bông", "520.000", 520000, "count", "bông",
        subject="bông hoa vải hợp tác xã sản xuất", period=Y23),
    fig("đạt 9,6 tỷ", "9,6", 9.6e9, "money", "đồng", subject="doanh thu của hợp tác xã", period=Y23),
    fig("nhuận 1,15 tỷ", "1,15", 1.15e9, "money", "đồng", subject="lợi nhuận của hợp tác xã", period=Y23),
    fig("đứng thứ hai", "hai", 2, "rank", "hạng",
        subject="doanh thu trong khối hợp tác xã phi nông nghiệp", period=Y23),
    fig("đạt 8,9 tỷ", "8,9", 8.9e9, "money", "đồng", percent=84, subject="doanh thu của hợp tác xã", period=M10),
    fig("thu nhập 6,5 triệu", "6,5", 6.5e6, "money", "đồng/tháng", subject="thu nhập lao động làm tại xưởng"),
    fig("từ 3 đến 4 triệu", "3", 3e6, "money", "đồng/tháng", value_max=4e6,
        subject="thu nhập người nhận hàng về nhà làm"),
    fig("qua sáu công đoạn", "sáu", 6, "count", "công đoạn", subject="công đoạn làm một bông hồng vải"),
    fig("khoảng 80 bông", "80", 80, "measure", "bông/ngày", approx="about",
        subject="bông hoa thợ lành nghề làm được mỗi ngày"),
    fig("đạt 12 tỷ", "12", 12e9, "money", "đồng", status="target", subject="doanh thu của hợp tác xã", period=Y25),
    fig("thêm 2 xưởng", "2", 2, "count", "xưởng", status="target", subject="xưởng mở thêm", period=Y25),
    fig("cho 150 phụ nữ", "150", 150, "count", "phụ nữ", status="target",
        subject="phụ nữ được đào tạo nghề", period=Y25),
]

NOTES = [
    "Party newspaper (Báo Nam Định): section menu, 'Thứ Ba, 12/11/2024 07:30', headline, sapo, tag '(NĐO) -', byline THU HƯƠNG, related links.",
    "Distractors: 07:30, founding year 'năm 2018' as a date, 'OCOP 4 sao', 'Một bông hồng vải' (one item of a generic statement, not a count),",
    "'3 làng nghề' and 'năm 2024' in related-link titles (page furniture, not annotated).",
    "Location: the cooperative is in huyện Hải Hậu, so every figure takes Hải Hậu (the rank 'thứ hai toàn huyện' included).",
    "Sapo 'mỗi năm đem về gần 10 tỷ đồng' is a yearly rate (đồng/năm), no period. 'Thành lập năm 2018 với 12 thành viên' → period 2018.",
    "'đến nay ... đã có 85 thành viên' → as-of the dateline (start null, end 2024-11-12), like 'từ ... đến nay' ending at published (borderline).",
    "'trong đó 79 người là phụ nữ' → part of the 85 (same members, same date): total 85.",
    "'đứng thứ hai toàn huyện về doanh thu ...' → rank 2, period 2023 (same sentence). '10 tháng đầu năm nay' → 2024-01-01..2024-10-31.",
    "'Một bông hồng vải phải qua sáu công đoạn' → 6 công đoạn (number word); '80 bông mỗi ngày' → rate bông/ngày.",
    "'Năm 2025, hợp tác xã phấn đấu ...' governs its three clauses: target, period 2025.",
]

if __name__ == "__main__":
    write("p1519-5", TEXT, NOTES, FIGS, published="2024-11-12", location="Hải Hậu")
