"""p1299-5: provincial Party newspaper (Báo Hà Tĩnh): firms back at work after a pause, 5 months 2024."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """BÁO HÀ TĨNH
Kinh tế > Doanh nghiệp

Hơn 300 doanh nghiệp "thức giấc" sau thời gian tạm ngừng

Thứ Ba, 18/06/2024 - 07:30

(Baohatinh.vn) - 5 tháng đầu năm, Hà Tĩnh có 318 doanh nghiệp quay trở lại hoạt động, tăng 21,4% so với cùng kỳ. Đơn hàng phục hồi cùng các chính sách hỗ trợ giúp nhiều doanh nghiệp tái khởi động.

Theo Sở Kế hoạch và Đầu tư, từ đầu năm đến ngày 31/5/2024, toàn tỉnh có 402 doanh nghiệp thành lập mới, bằng 42,3% kế hoạch năm, với tổng vốn đăng ký 2.870 tỷ đồng. Các doanh nghiệp quay trở lại chủ yếu thuộc lĩnh vực xây dựng, vận tải và chế biến gỗ.

Điển hình là Công ty CP Xây dựng và Thương mại Hồng Lĩnh Phát (thị xã Hồng Lĩnh). Sau gần hai năm tạm ngừng kinh doanh vì thiếu vốn, doanh nghiệp đã đăng ký hoạt động trở lại, ký được 3 hợp đồng thi công trị giá khoảng 27 tỷ đồng, mua thêm 2 máy ép cọc thủy lực ZYJ860 và tuyển dụng lại ba chục lao động.

"Nhờ được giãn thuế và đăng ký qua mạng miễn phí, chúng tôi mới có thể quay lại. Năm nay công ty đặt mục tiêu doanh thu 40-45 tỷ đồng", ông Trần Đình Lực, Giám đốc công ty chia sẻ.

Tuy vậy, cũng trong 5 tháng, có 276 doanh nghiệp tạm ngừng kinh doanh và 57 doanh nghiệp giải thể. Tỷ lệ doanh nghiệp rút lui trên doanh nghiệp gia nhập khoảng 46%. Tỉnh đặt mục tiêu đến năm 2025 có 7.500 doanh nghiệp đang hoạt động; hiện con số này là hơn 6.200 doanh nghiệp.

THU HÀ
"""

M5 = per("5 tháng đầu năm", "2024-01-01", "2024-05-31")
M5b = per("cũng trong 5 tháng", "2024-01-01", "2024-05-31")
TO = per("từ đầu năm đến ngày 31/5/2024", "2024-01-01", "2024-05-31")
NN = per("Năm nay", "2024-01-01", "2024-12-31")
T25 = per("đến năm 2025", None, "2025-12-31")
HL = "Hồng Lĩnh"

FIGS = [
    fig("Hơn 300 doanh nghiệp", "300", 300, "count", "doanh nghiệp", approx="over",
        subject="doanh nghiệp thức giấc sau thời gian tạm ngừng"),
    fig("có 318 doanh nghiệp", "318", 318, "count", "doanh nghiệp",
        change=chg("increase", 21.4, "%", "cùng kỳ"),
        subject="doanh nghiệp quay trở lại hoạt động", period=M5),
    fig("có 402 doanh nghiệp", "402", 402, "count", "doanh nghiệp", percent=42.3,
        subject="doanh nghiệp thành lập mới", period=TO),
    fig("ký 2.870 tỷ", "2.870", 2870e9, "money", "đồng",
        subject="tổng vốn đăng ký", period=TO),
    fig("gần hai năm", "hai", 2, "measure", "năm", approx="nearly",
        subject="thời gian doanh nghiệp tạm ngừng kinh doanh", location=HL, optional=True),
    fig("được 3 hợp đồng", "3", 3, "count", "hợp đồng",
        subject="hợp đồng thi công doanh nghiệp ký được", location=HL),
    fig("khoảng 27 tỷ", "27", 27e9, "money", "đồng", approx="about",
        subject="giá trị hợp đồng thi công", location=HL),
    fig("thêm 2 máy", "2", 2, "count", "máy ép cọc thủy lực",
        subject="máy ép cọc thủy lực mua thêm", location=HL),
    fig("ba chục lao động", "ba chục", 30, "count", "lao động",
        subject="lao động tuyển dụng lại", location=HL),
    fig("doanh thu 40-45", "40", 40e9, "money", "đồng", value_max=45e9, status="target",
        subject="doanh thu của công ty", period=NN, location=HL),
    fig("có 276 doanh nghiệp", "276", 276, "count", "doanh nghiệp",
        subject="doanh nghiệp tạm ngừng kinh doanh", period=M5b),
    fig("57 doanh nghiệp", "57", 57, "count", "doanh nghiệp",
        subject="doanh nghiệp giải thể", period=M5b),
    fig("khoảng 46%", "46", 46, "percent", "%", approx="about",
        subject="tỷ lệ doanh nghiệp rút lui trên doanh nghiệp gia nhập", period=inh(M5b)),
    fig("có 7.500 doanh nghiệp", "7.500", 7500, "count", "doanh nghiệp", status="target",
        subject="doanh nghiệp đang hoạt động", period=T25),
    fig("hơn 6.200 doanh nghiệp", "6.200", 6200, "count", "doanh nghiệp", approx="over",
        subject="doanh nghiệp đang hoạt động"),
]

NOTES = [
    "Provincial Party newspaper (Báo Hà Tĩnh): headline figure, 'Thứ Ba, 18/06/2024 - 07:30', tag '(Baohatinh.vn) -' before the sapo, quote, byline.",
    "Distractors: 07:30, date 31/5/2024 (an as-of date), the product code 'ZYJ860', the quoted firm name.",
    "Year-less '5 tháng đầu năm' and 'Năm nay' take 2024 (dateline). 'từ đầu năm đến ngày 31/5/2024' is Jan 1 - May 31.",
    "'402 doanh nghiệp thành lập mới, bằng 42,3% kế hoạch năm': percent attribute of the 402 (placed right after it).",
    "The firm in thị xã Hồng Lĩnh: its figures take location Hồng Lĩnh. 'gần hai năm tạm ngừng' is a duration (optional). 'ba chục' = 30.",
    "The headline 'Hơn 300 doanh nghiệp' states no period. 'đến năm 2025 có 7.500' is a target (start null); 'hiện … hơn 6.200' has no period.",
]

if __name__ == "__main__":
    write("p1299-5", TEXT, NOTES, FIGS, published="2024-06-18", location="Hà Tĩnh")
