"""p1338-8: radio/TV site (Đài PT-TH Thanh Hóa, tag (TTV)): Tết markets, phố ông đồ, Chợ Tết Công đoàn, market inspection."""
from lib import fig, per, chg, write

TEXT = """ĐÀI PHÁT THANH VÀ TRUYỀN HÌNH THANH HÓA
Thời sự | Kinh tế | Văn hóa - Xã hội | Phát thanh | Truyền hình | Video

Chợ Tết, phố ông đồ hút khách những ngày cận Tết

06/02/2024 15:12 | Lượt xem: 3.027

▶ Nghe audio (02:45)

(TTV) - Tính đến ngày 5/2/2024, toàn tỉnh Thanh Hóa đã tổ chức 27 phiên chợ Tết, chợ hoa Xuân, tăng 5 phiên so với Tết Quý Mão, trong đó huyện Hoằng Hóa có 4 phiên.

Không gian phố ông đồ tại Quảng trường Lam Sơn năm nay có 20 ông đồ và 4 gian trưng bày tranh dân gian, mỗi ngày thu hút hàng chục nghìn lượt người dân đến tham quan, xin chữ. Theo khảo sát của phóng viên, giá câu đối năm nay tăng 10-15% so với năm trước; phần lớn câu đối giấy có giá dưới 150.000 đồng/cặp.

Liên đoàn Lao động tỉnh tổ chức 3 "Chợ Tết Công đoàn" tại Khu công nghiệp Lễ Môn, Khu công nghiệp Hoàng Long và Khu kinh tế Nghi Sơn, phát 12.000 phiếu mua hàng trị giá 200.000 đồng/phiếu cho đoàn viên có hoàn cảnh khó khăn, vượt 20% kế hoạch.

Từ đầu năm đến nay, lực lượng quản lý thị trường đã kiểm tra 214 cơ sở kinh doanh hàng Tết, phát hiện 31 vụ vi phạm, xử phạt hơn 180 triệu đồng; riêng trong tháng 1/2024 đã tạm giữ gần 2.000 sản phẩm đồ chơi, tranh in không rõ nguồn gốc.

Dự kiến đến ngày 8/2/2024 (29 tháng Chạp), toàn tỉnh tổ chức thêm khoảng 10 phiên chợ hoa Xuân.

Lê Hà - Minh Tuấn

Bình luận (0)
Video liên quan: Phiên chợ vùng cao Mường Lát ngày cuối năm (03:12)
"""

ASOF = per("Tính đến ngày 5/2/2024", None, "2024-02-05")
THIS = per("năm nay", "2024-01-01", "2024-12-31")
YTD = per("Từ đầu năm đến nay", "2024-01-01", "2024-02-06")
JAN = per("trong tháng 1/2024", "2024-01-01", "2024-01-31")
UNTIL = per("đến ngày 8/2/2024", None, "2024-02-08")

FIGS = [
    fig("tổ chức 27 phiên", "27", 27, "count", "phiên chợ",
        change=chg("increase", 5, "phiên", "Tết Quý Mão"), subject="phiên chợ Tết, chợ hoa Xuân",
        period=ASOF),
    fig("có 4 phiên", "4", 4, "count", "phiên", total=27, subject="phiên chợ Tết, chợ hoa Xuân",
        period=ASOF, location="Hoằng Hóa"),
    fig("có 20 ông đồ", "20", 20, "count", "ông đồ", subject="ông đồ không gian phố ông đồ", period=THIS),
    fig("và 4 gian", "4", 4, "count", "gian trưng bày", subject="gian trưng bày tranh dân gian", period=THIS),
    fig("hàng chục nghìn lượt", "chục", 10000, "measure", "lượt người dân/ngày", approx="about",
        subject="lượt người dân đến tham quan, xin chữ mỗi ngày", period=THIS),
    fig("tăng 10-15%", "10", 10, "percent", "%", value_max=15, subject="giá câu đối",
        period=per("năm nay", "2024-01-01", "2024-12-31")),
    fig("dưới 150.000 đồng", "150.000", 150000, "money", "đồng/cặp", approx="under",
        subject="giá phần lớn câu đối giấy", period=per("năm nay", "2024-01-01", "2024-12-31")),
    fig("tổ chức 3 \"Chợ", "3", 3, "count", "Chợ Tết Công đoàn", subject="Chợ Tết Công đoàn"),
    fig("phát 12.000 phiếu", "12.000", 12000, "count", "phiếu mua hàng",
        change=chg("increase", 20, "%", "kế hoạch"), subject="phiếu mua hàng phát cho đoàn viên có hoàn cảnh khó khăn"),
    fig("trị giá 200.000", "200.000", 200000, "money", "đồng/phiếu", subject="trị giá phiếu mua hàng"),
    fig("kiểm tra 214 cơ sở", "214", 214, "count", "cơ sở", subject="cơ sở kinh doanh hàng Tết được kiểm tra",
        period=YTD),
    fig("phát hiện 31 vụ", "31", 31, "count", "vụ vi phạm", subject="vụ vi phạm phát hiện", period=YTD),
    fig("hơn 180 triệu", "180", 180e6, "money", "đồng", approx="over", subject="tiền xử phạt", period=YTD),
    fig("gần 2.000 sản phẩm", "2.000", 2000, "count", "sản phẩm", approx="nearly",
        subject="sản phẩm đồ chơi, tranh in không rõ nguồn gốc bị tạm giữ", period=JAN),
    fig("khoảng 10 phiên", "10", 10, "count", "phiên chợ hoa Xuân", approx="about", status="forecast",
        subject="phiên chợ hoa Xuân tổ chức thêm", period=UNTIL),
]

NOTES = [
    "Radio/TV site (Đài PT-TH Thanh Hóa): '06/02/2024 15:12 | Lượt xem: 3.027', tag '(TTV) -', audio and video lengths, 'Bình luận (0)'.",
    "Distractors: 15:12, Lượt xem 3.027, '(02:45)' and '(03:12)' media lengths, 'Bình luận (0)', 'Tết Quý Mão' (a baseline), '29 tháng Chạp', 'Quảng trường Lam Sơn'.",
    "'hàng chục nghìn lượt' = about 10 000 (spec: number words, approx); per day → 'lượt người dân/ngày'.",
    "'giá câu đối năm nay tăng 10-15%' is a growth rate as the claim: a percent figure with a range, no change.",
    "'vượt 20% kế hoạch' belongs to the 12.000 coupons (the count with a plan), across the price clause: change with baseline 'kế hoạch'.",
    "'Từ đầu năm đến nay' ends at the dateline; 'riêng trong tháng 1/2024' governs its own clause. 'Dự kiến đến ngày 8/2/2024' → forecast, end 2024-02-08.",
]

if __name__ == "__main__":
    write("p1338-8", TEXT, NOTES, FIGS, published="2024-02-06", location="Thanh Hóa")
