"""p528-8: Báo Thanh Hóa (provincial newspaper, byline + time) — quản lý thị trường quý I/2024, vi phạm về thực phẩm."""
from lib import F, P, INH, CH, emit

TEXT = """Báo Thanh Hóa › Kinh tế › Thị trường

Quý I/2024, lực lượng quản lý thị trường xử lý 412 vụ vi phạm

MINH HIẾU 07:15, 10/04/2024

(baothanhhoa.vn) - Quý I/2024, Cục Quản lý thị trường tỉnh Thanh Hóa đã kiểm tra 538 vụ, đạt 22,4% chỉ tiêu năm; phát hiện, xử lý 412 vụ vi phạm, thu nộp ngân sách nhà nước hơn 2,36 tỷ đồng, tăng 27% so với cùng kỳ năm 2023.

Trong đó, lĩnh vực thực phẩm có 186 vụ, chiếm 45,1% tổng số vụ vi phạm. Lực lượng chức năng đã tịch thu, tiêu hủy gần 9.800 kg thực phẩm các loại, 1.450 lít nước giải khát và 3.260 hộp sữa không rõ nguồn gốc, tổng trị giá khoảng 640 triệu đồng.

Các địa bàn có nhiều vụ vi phạm nhất là TP. Thanh Hóa, thị xã Nghi Sơn và huyện Hoằng Hóa, lần lượt 41, 33 và 27 vụ.

Điển hình, ngày 14/3, Đội Quản lý thị trường số 5 kiểm tra xe ô tô tải biển kiểm soát 36C-215.47 lưu thông trên Quốc lộ 1A đoạn qua huyện Quảng Xương, phát hiện 1,2 tấn nầm lợn đông lạnh không có hóa đơn, chứng từ. Chủ hàng bị phạt 35 triệu đồng, toàn bộ số hàng bị tiêu hủy.

Năm 2024, Cục Quản lý thị trường tỉnh đặt chỉ tiêu kiểm tra 2.400 vụ. Dự kiến trong quý II, lực lượng sẽ tập trung kiểm tra các cơ sở sản xuất bánh kẹo, nước giải khát, thực phẩm chế biến sẵn với khoảng 600 vụ.

Người dân phát hiện hành vi vi phạm xin gọi đường dây nóng 0237.3852.388 của Cục Quản lý thị trường.
"""

Q1 = P("Quý I/2024", "2024-01-01", "2024-03-31")
FIGS = [
    F("xử lý 412 vụ vi phạm\n", "412", 412, "count", "vụ", "vụ vi phạm lực lượng quản lý thị trường xử lý", Q1),
    F("kiểm tra 538 vụ", "538", 538, "count", "vụ", "vụ kiểm tra của Cục Quản lý thị trường", Q1, percent=22.4),
    F("xử lý 412 vụ vi phạm,", "412", 412, "count", "vụ", "vụ vi phạm phát hiện, xử lý", Q1),
    F("hơn 2,36 tỷ", "2,36", 2.36e9, "money", "đồng", "thu nộp ngân sách nhà nước", Q1, approx="over",
      change=CH("increase", 27, "%", "cùng kỳ năm 2023")),
    F("có 186 vụ", "186", 186, "count", "vụ", "vụ vi phạm lĩnh vực thực phẩm", INH(Q1), total=412, percent=45.1),
    F("gần 9.800 kg", "9.800", 9800, "measure", "kg", "thực phẩm các loại bị tịch thu, tiêu hủy", INH(Q1), approx="nearly"),
    F("1.450 lít", "1.450", 1450, "measure", "lít", "nước giải khát bị tịch thu, tiêu hủy", INH(Q1)),
    F("3.260 hộp", "3.260", 3260, "count", "hộp", "sữa không rõ nguồn gốc bị tịch thu, tiêu hủy", INH(Q1)),
    F("khoảng 640 triệu", "640", 640e6, "money", "đồng", "tổng trị giá hàng tịch thu, tiêu hủy", INH(Q1), approx="about"),
    F("lần lượt 41", "41", 41, "count", "vụ", "vụ vi phạm", INH(Q1), location="Thanh Hóa"),
    F("41, 33", "33", 33, "count", "vụ", "vụ vi phạm", INH(Q1), location="Nghi Sơn"),
    F("và 27 vụ", "27", 27, "count", "vụ", "vụ vi phạm", INH(Q1), location="Hoằng Hóa"),
    F("1,2 tấn", "1,2", 1.2, "measure", "tấn", "nầm lợn đông lạnh không có hóa đơn, chứng từ", location="Quảng Xương"),
    F("phạt 35 triệu", "35", 35e6, "money", "đồng", "tiền phạt chủ hàng", location="Quảng Xương"),
    F("tra 2.400 vụ", "2.400", 2400, "count", "vụ", "chỉ tiêu kiểm tra", P("Năm 2024", "2024-01-01", "2024-12-31"),
      status="target"),
    F("khoảng 600 vụ", "600", 600, "count", "vụ", "vụ kiểm tra cơ sở sản xuất bánh kẹo, nước giải khát, thực phẩm chế biến sẵn",
      P("trong quý II", "2024-04-01", "2024-06-30"), approx="about", status="forecast"),
]

COMMENTS = [
    "Báo Thanh Hóa: Cục Quản lý thị trường tỉnh quý I/2024 — kiểm tra, xử lý vi phạm, hàng thực phẩm tịch thu.",
    "Byline line 'MINH HIẾU 07:15, 10/04/2024' gives `published`. Not figures: 'Đội Quản lý thị trường số 5', the plate '36C-215.47',",
    "'Quốc lộ 1A', 'ngày 14/3', '07:15', the hotline 0237.3852.388.",
    "'đạt 22,4% chỉ tiêu năm' is the percent of 538. 'Trong đó, lĩnh vực thực phẩm có 186 vụ' follows the 412 violations: total 412.",
    "'lần lượt 41, 33 và 27 vụ' → subject 'vụ vi phạm', places to location (TP. Thanh Hóa = Thanh Hóa after prefix removal).",
    "The seizure on Quốc lộ 1A 'đoạn qua huyện Quảng Xương' and its fine describe Quảng Xương. 'Dự kiến trong quý II' → forecast, Q2 2024.",
]

if __name__ == "__main__":
    emit("p528-8", TEXT, COMMENTS, FIGS, published="2024-04-10", location="Thanh Hóa")
