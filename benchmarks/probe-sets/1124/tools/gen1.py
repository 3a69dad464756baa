"""p1124-1: province portal (Nghệ An): inter-sector food-safety inspections before Tết Trung thu 2024."""
from lib import F, P, I, C, T, write

TEXT = """CỔNG THÔNG TIN ĐIỆN TỬ TỈNH NGHỆ AN
Trang chủ > Tin tức - Sự kiện > Y tế - Xã hội

Phát hiện 132 cơ sở vi phạm an toàn thực phẩm dịp Tết Trung thu

Cập nhật: 13/09/2024 09:12 | Lượt xem: 2.417

Từ ngày 15/8 đến ngày 10/9/2024, Ban Chỉ đạo liên ngành về an toàn thực phẩm tỉnh đã thành lập 6 đoàn kiểm tra liên ngành tuyến tỉnh, phối hợp với các đoàn tuyến huyện kiểm tra 1.245 cơ sở sản xuất, kinh doanh thực phẩm phục vụ Tết Trung thu, trong đó có 86 cơ sở sản xuất bánh trung thu.

Qua kiểm tra, các đoàn phát hiện 132 cơ sở vi phạm, chiếm 10,6% số cơ sở được kiểm tra, giảm 2,3 điểm phần trăm so với cùng kỳ năm 2023. Lỗi chủ yếu là chưa có giấy chứng nhận đủ điều kiện an toàn thực phẩm, người chế biến chưa khám sức khỏe, bánh không ghi nhãn. Các đoàn đã xử phạt vi phạm hành chính 97 cơ sở với tổng số tiền 486,5 triệu đồng, tăng 18,2% so với cùng kỳ; tiêu hủy 1.350 chiếc bánh trung thu không rõ nguồn gốc (khoảng 420 kg) và gần 300 kg nhân bánh, nguyên liệu quá hạn sử dụng.

Về kiểm nghiệm, các đoàn đã test nhanh 640 mẫu thực phẩm, trong đó 612 mẫu đạt yêu cầu; lấy 48 mẫu bánh trung thu gửi Trung tâm Kiểm soát bệnh tật tỉnh (số 3 đường Lê Hồng Phong, TP Vinh) xét nghiệm chỉ tiêu vi sinh, kết quả 45/48 mẫu đạt.

Tại TP Vinh, đoàn kiểm tra liên ngành thành phố đã đình chỉ hoạt động hai cơ sở sản xuất bánh ở phường Hưng Dũng do nhà xưởng không bảo đảm vệ sinh. Mỗi ngày, các cơ sở này làm khoảng 800 chiếc bánh nướng, bánh dẻo, bán cho đại lý ở các huyện Nghi Lộc, Hưng Nguyên.

Trong 8 tháng đầu năm, toàn tỉnh xảy ra 2 vụ ngộ độc thực phẩm với 37 người mắc, không có trường hợp tử vong. Ban Chỉ đạo yêu cầu các địa phương tiếp tục giám sát, bảo đảm 100% cơ sở sản xuất bánh trung thu được kiểm tra ít nhất 1 lần trước Tết Trung thu.

Đường dây nóng về an toàn thực phẩm: 0238.3598.123
"""

CAMP = P("Từ ngày 15/8 đến ngày 10/9/2024", "2024-08-15", "2024-09-10")
M8 = P("Trong 8 tháng đầu năm", "2024-01-01", "2024-08-31")
VINH = "Vinh"
VIOL = "cơ sở sản xuất, kinh doanh thực phẩm vi phạm an toàn thực phẩm"

FIGS = [
    F("Phát hiện 132", "132", 132, "count", "cơ sở", subject=VIOL),
    F("thành lập 6 đoàn", "6", 6, "count", "đoàn kiểm tra liên ngành",
      subject="đoàn kiểm tra liên ngành tuyến tỉnh", period=CAMP),
    F("kiểm tra 1.245 cơ sở", "1.245", 1245, "count", "cơ sở",
      subject="cơ sở sản xuất, kinh doanh thực phẩm phục vụ Tết Trung thu được kiểm tra", period=CAMP),
    F("có 86 cơ sở", "86", 86, "count", "cơ sở", total=1245,
      subject="cơ sở sản xuất bánh trung thu được kiểm tra", period=CAMP),
    F("các đoàn phát hiện 132 cơ sở", "132", 132, "count", "cơ sở", percent=10.6,
      change=C("decrease", 2.3, "điểm phần trăm", "cùng kỳ năm 2023"), subject="cơ sở vi phạm", period=I(CAMP)),
    F("hành chính 97 cơ sở", "97", 97, "count", "cơ sở",
      subject="cơ sở bị xử phạt vi phạm hành chính", period=I(CAMP)),
    F("tiền 486,5 triệu", "486,5", 486500000, "money", "đồng",
      change=C("increase", 18.2, "%", "cùng kỳ"), subject="tổng số tiền xử phạt vi phạm hành chính", period=I(CAMP)),
    F("tiêu hủy 1.350 chiếc", "1.350", 1350, "count", "chiếc bánh trung thu",
      subject="bánh trung thu không rõ nguồn gốc bị tiêu hủy", period=I(CAMP)),
    F("khoảng 420 kg", "420", 420, "measure", "kg", approx="about",
      subject="khối lượng bánh trung thu không rõ nguồn gốc bị tiêu hủy", period=I(CAMP)),
    F("gần 300 kg", "300", 300, "measure", "kg", approx="nearly",
      subject="nhân bánh, nguyên liệu quá hạn sử dụng bị tiêu hủy", period=I(CAMP)),
    F("test nhanh 640 mẫu", "640", 640, "count", "mẫu",
      subject="mẫu thực phẩm được test nhanh", period=I(CAMP)),
    F("612 mẫu", "612", 612, "count", "mẫu", total=640,
      subject="mẫu thực phẩm test nhanh đạt yêu cầu", period=I(CAMP)),
    F("lấy 48 mẫu", "48", 48, "count", "mẫu",
      subject="mẫu bánh trung thu gửi xét nghiệm chỉ tiêu vi sinh", period=I(CAMP)),
    F("45/48 mẫu", "45", 45, "count", "mẫu", total=48,
      subject="mẫu bánh trung thu đạt chỉ tiêu vi sinh", period=I(CAMP)),
    F("hoạt động hai cơ sở", "hai", 2, "count", "cơ sở",
      subject="cơ sở sản xuất bánh bị đình chỉ hoạt động", location=VINH),
    F("khoảng 800 chiếc", "800", 800, "measure", "chiếc bánh/ngày", approx="about",
      subject="bánh nướng, bánh dẻo các cơ sở làm mỗi ngày", location=VINH),
    F("xảy ra 2 vụ", "2", 2, "count", "vụ ngộ độc thực phẩm", subject="vụ ngộ độc thực phẩm", period=M8),
    F("với 37 người", "37", 37, "count", "người mắc", subject="người mắc ngộ độc thực phẩm", period=M8),
    F("bảo đảm 100%", "100", 100, "percent", "%", status="target",
      subject="cơ sở sản xuất bánh trung thu được kiểm tra"),
    F("ít nhất 1 lần", "1", 1, "count", "lần", approx="at_least", status="target", optional=True,
      subject="số lần kiểm tra mỗi cơ sở"),
]

NOTES = [
    "Province portal (Nghệ An): breadcrumb, headline figure, 'Cập nhật: 13/09/2024 09:12 | Lượt xem: 2.417' (published 2024-09-13).",
    "Distractors: time 09:12, 'Lượt xem: 2.417', 'số 3 đường Lê Hồng Phong', hotline 0238.3598.123, dates 15/8, 10/9/2024.",
    "The campaign period is stated in paragraph 1: figures of later sentences inherit it (not scored).",
    "132 cơ sở: 'chiếm 10,6%' is its share; 'giảm 2,3 điểm phần trăm so với cùng kỳ năm 2023' its change (no total: the share names no number).",
    "1.350 chiếc '(khoảng 420 kg)': the bracket restates the amount in another unit, recorded as its own measure.",
    "TP Vinh passage: 'hai cơ sở' (number word) and their output per day ('Mỗi ngày ... khoảng 800 chiếc': rate, unit chiếc bánh/ngày) get location Vinh.",
    "revised after the first run: the body's 132 cơ sở had the headline's long subject; the sentence names it 'cơ sở vi phạm' (as in p1124-2/3/4).",
    "'8 tháng đầu năm' takes 2024 from the dateline/earlier dates. 'bảo đảm 100% ...' is a target with no period; 'ít nhất 1 lần' optional.",
]

if __name__ == "__main__":
    write("p1124-1", TEXT, NOTES, FIGS, published="2024-09-13", location="Nghệ An")
