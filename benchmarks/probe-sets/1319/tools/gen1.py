"""p1319-1: province portal (Thanh Hóa): postal output and revenue, 9 months 2024; a sorting centre in Nghi Sơn."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """CỔNG THÔNG TIN ĐIỆN TỬ TỈNH THANH HÓA
Trang chủ > Tin tức - Sự kiện > Thông tin và Truyền thông

Doanh thu bưu chính 9 tháng tăng gần 18%

Cập nhật: 14/10/2024 08:45 | Lượt xem: 1.386

Theo Sở Thông tin và Truyền thông, 9 tháng đầu năm 2024, sản lượng bưu gửi trên địa bàn tỉnh Thanh Hóa ước đạt 38,6 triệu bưu gửi, tăng 21,4% so với cùng kỳ năm 2023; doanh thu dịch vụ bưu chính ước đạt 1.215 tỷ đồng, tăng 17,8%, bằng 76,3% kế hoạch năm. Riêng dịch vụ chuyển phát nhanh ước chiếm khoảng 62% tổng doanh thu.

Toàn tỉnh hiện có 27 doanh nghiệp cung ứng dịch vụ bưu chính với 684 điểm phục vụ; số dân phục vụ bình quân 5.420 người/điểm. Mạng lưới bưu điện văn hóa xã gồm 433 điểm, trong đó 398 điểm đã đưa sản phẩm OCOP lên sàn thương mại điện tử postmart.vn.

Tại thị xã Nghi Sơn, Trung tâm khai thác vận chuyển của Công ty TNHH Chuyển phát Hoàng Long đi vào hoạt động từ tháng 3/2024 với công suất khoảng 45.000 bưu kiện/ngày, tổng vốn đầu tư 65 tỷ đồng. Trung tâm tạo việc làm cho hơn 120 lao động, thu nhập từ 8 đến 12 triệu đồng/người/tháng.

Từ đầu năm đến nay, Bưu điện tỉnh đã hỗ trợ tiêu thụ 1.250 tấn nông sản, tăng gấp 1,5 lần so với cùng kỳ.

Quý IV, ngành phấn đấu doanh thu bưu chính đạt trên 430 tỷ đồng, đưa doanh thu cả năm lên khoảng 1.650 tỷ đồng. Sở tiếp tục triển khai Quyết định số 1588/QĐ-UBND về phát triển thương mại điện tử và tổ chức Hội nghị chuyển đổi số lần thứ 3.

Tin liên quan:
- Thanh Hóa: Sơ kết công tác thông tin và truyền thông quý III/2024
- Bưu điện tỉnh tiếp nhận hồ sơ hành chính công tại nhà

Cơ quan chủ quản: UBND tỉnh Thanh Hóa | Địa chỉ: 35 Đại lộ Lê Lợi, phường Lam Sơn, TP Thanh Hóa
"""

NINE = per("9 tháng đầu năm 2024", "2024-01-01", "2024-09-30")
NINE_H = per("9 tháng", "2024-01-01", "2024-09-30")
YTD = per("Từ đầu năm đến nay", "2024-01-01", "2024-10-14")
Q4 = per("Quý IV", "2024-10-01", "2024-12-31")
YEAR = per("cả năm", "2024-01-01", "2024-12-31")
NS = "Nghi Sơn"

FIGS = [
    fig("tăng gần 18%", "18", 18, "percent", "%", approx="nearly",
        subject="doanh thu bưu chính", period=NINE_H),
    fig("ước đạt 38,6 triệu", "38,6", 38.6e6, "count", "bưu gửi", status="estimate",
        change=chg("increase", 21.4, "%", "cùng kỳ năm 2023"),
        subject="sản lượng bưu gửi", period=NINE),
    fig("ước đạt 1.215 tỷ", "1.215", 1215e9, "money", "đồng", status="estimate", percent=76.3,
        change=chg("increase", 17.8, "%"),
        subject="doanh thu dịch vụ bưu chính", period=NINE),
    fig("khoảng 62%", "62", 62, "percent", "%", approx="about", status="estimate",
        subject="tỷ trọng dịch vụ chuyển phát nhanh trong tổng doanh thu", period=inh(NINE)),
    fig("có 27 doanh nghiệp", "27", 27, "count", "doanh nghiệp",
        subject="doanh nghiệp cung ứng dịch vụ bưu chính"),
    fig("với 684 điểm", "684", 684, "count", "điểm phục vụ", subject="điểm phục vụ bưu chính"),
    fig("bình quân 5.420 người", "5.420", 5420, "measure", "người/điểm",
        subject="số dân phục vụ bình quân"),
    fig("gồm 433 điểm", "433", 433, "count", "điểm", subject="điểm bưu điện văn hóa xã"),
    fig("trong đó 398 điểm", "398", 398, "count", "điểm", total=433,
        subject="điểm bưu điện văn hóa xã đưa sản phẩm OCOP lên sàn thương mại điện tử"),
    fig("khoảng 45.000 bưu kiện", "45.000", 45000, "measure", "bưu kiện/ngày", approx="about",
        subject="công suất trung tâm khai thác vận chuyển", location=NS),
    fig("tư 65 tỷ", "65", 65e9, "money", "đồng",
        subject="tổng vốn đầu tư trung tâm khai thác vận chuyển", location=NS),
    fig("hơn 120 lao động", "120", 120, "count", "lao động", approx="over",
        subject="lao động trung tâm tạo việc làm", location=NS),
    fig("từ 8 đến 12 triệu", "8", 8e6, "money", "đồng/người/tháng", value_max=12e6,
        subject="thu nhập của lao động trung tâm", location=NS),
    fig("tiêu thụ 1.250 tấn", "1.250", 1250, "measure", "tấn",
        change=chg("increase", 1.5, "lần", "cùng kỳ"),
        subject="nông sản Bưu điện tỉnh hỗ trợ tiêu thụ", period=YTD),
    fig("trên 430 tỷ", "430", 430e9, "money", "đồng", approx="over", status="target",
        subject="doanh thu bưu chính", period=Q4),
    fig("khoảng 1.650 tỷ", "1.650", 1650e9, "money", "đồng", approx="about", status="target",
        subject="doanh thu bưu chính cả năm", period=YEAR),
]

NOTES = [
    "Province portal (Thanh Hóa): postal output and revenue, 9 months 2024; breadcrumb, 'Cập nhật: 14/10/2024 08:45 | Lượt xem: 1.386'.",
    "Distractors: 08:45, Lượt xem 1.386, 'tháng 3/2024' (start date), Quyết định số 1588/QĐ-UBND, 'lần thứ 3', 'quý III/2024' in a link, '35 Đại lộ Lê Lợi', postmart.vn.",
    "Headline '9 tháng tăng gần 18%' is a growth rate as the claim: percent, nearly, no change; no cue → actual; year from published.",
    "'tăng 17,8%, bằng 76,3% kế hoạch năm' → change + percent of 1.215 tỷ. 'Riêng ... ước chiếm khoảng 62%' → percent figure, estimate.",
    "'gồm 433 điểm' introduces the count, not parts; 'trong đó 398 điểm' → total 433.",
    "Nghi Sơn passage → location Nghi Sơn. 'Từ đầu năm đến nay' ends at the dateline. 'phấn đấu' governs both clauses of the Quý IV sentence.",
]

if __name__ == "__main__":
    write("p1319-1", TEXT, NOTES, FIGS, published="2024-10-14", location="Thanh Hóa")
