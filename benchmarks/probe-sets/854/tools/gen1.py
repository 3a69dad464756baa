"""p854-1: province portal (Đồng Nai), food-safety checks of bánh mì facilities, H1/2024."""
from lib import F, change, period, target, write

TEXT = """Trang chủ > Tin tức - Sự kiện > Y tế - Giáo dục

Đồng Nai: Hơn 1.100 cơ sở bánh mì được kiểm tra an toàn thực phẩm

Cập nhật: 12/07/2024 09:45 | Lượt xem: 2.315

Theo Sở Y tế, 6 tháng đầu năm 2024, các đoàn kiểm tra liên ngành đã kiểm tra 1.126 cơ sở sản xuất, kinh doanh bánh mì và bánh ngọt trên địa bàn tỉnh, tăng 14,2% so với cùng kỳ năm 2023. Trong đó có 87 lò bánh mì, 312 cửa hàng bánh mì và 727 xe bánh mì đường phố.

Qua kiểm tra, 1.019 cơ sở đạt yêu cầu, chiếm 90,5%. Đoàn đã xử phạt vi phạm hành chính 64 cơ sở với tổng số tiền gần 382 triệu đồng theo Nghị định số 115/2018/NĐ-CP, tiêu hủy khoảng 450 kg nguyên liệu, bánh thành phẩm không rõ nguồn gốc.

Từ đầu năm đến nay, trên địa bàn tỉnh xảy ra 2 vụ ngộ độc thực phẩm liên quan đến bánh mì làm 153 người mắc, trong đó 121 người phải nhập viện điều trị, không có trường hợp tử vong. Vụ lớn nhất xảy ra tại một tiệm bánh mì trên Quốc lộ 1A, thành phố Long Khánh, với 97 người mắc.

Toàn tỉnh hiện có 2.480 cơ sở sản xuất, kinh doanh bánh mì, trong đó mới có 356 cơ sở được cấp Giấy chứng nhận cơ sở đủ điều kiện an toàn thực phẩm, chiếm 14,4%. Phần lớn lò bánh mì là hộ gia đình, quy mô nhỏ, mỗi lò sản xuất từ 500 đến 2.000 ổ bánh/ngày.

Phấn đấu đến hết năm 2024, 100% lò bánh mì trên địa bàn được kiểm tra ít nhất 1 lần và tỷ lệ cơ sở được cấp giấy chứng nhận đạt trên 25%. Người dân phát hiện vi phạm có thể phản ánh qua đường dây nóng 0251.3822.716.
"""

H1 = period("6 tháng đầu năm 2024", "2024-01-01", "2024-06-30")
H1i = period("6 tháng đầu năm 2024", "2024-01-01", "2024-06-30", inherited=True)
YTD = period("Từ đầu năm đến nay", "2024-01-01", "2024-07-12")
YTDi = period("Từ đầu năm đến nay", "2024-01-01", "2024-07-12", inherited=True)
END24 = period("đến hết năm 2024", None, "2024-12-31")

FIGS = [
    F("Hơn 1.100 cơ sở bánh mì", "1.100", 1100, "count", "cơ sở",
      "cơ sở bánh mì được kiểm tra an toàn thực phẩm", approx="over"),
    F("kiểm tra 1.126 cơ sở", "1.126", 1126, "count", "cơ sở",
      "cơ sở sản xuất, kinh doanh bánh mì và bánh ngọt được kiểm tra", H1,
      change=change("increase", 14.2, "%", "cùng kỳ năm 2023")),
    F("có 87 lò bánh mì", "87", 87, "count", "lò bánh mì", "lò bánh mì được kiểm tra", H1i, total=1126),
    F("312 cửa hàng bánh mì", "312", 312, "count", "cửa hàng bánh mì", "cửa hàng bánh mì được kiểm tra", H1i,
      total=1126),
    F("727 xe bánh mì", "727", 727, "count", "xe bánh mì", "xe bánh mì đường phố được kiểm tra", H1i, total=1126),
    F("1.019 cơ sở đạt yêu cầu", "1.019", 1019, "count", "cơ sở", "cơ sở đạt yêu cầu", H1i, percent=90.5),
    F("chính 64 cơ sở", "64", 64, "count", "cơ sở", "cơ sở bị xử phạt vi phạm hành chính", H1i),
    F("gần 382 triệu đồng", "382", 382_000_000, "money", "đồng", "tổng số tiền xử phạt vi phạm hành chính", H1i,
      approx="nearly"),
    F("khoảng 450 kg", "450", 450, "measure", "kg",
      "nguyên liệu, bánh thành phẩm không rõ nguồn gốc bị tiêu hủy", H1i, approx="about"),
    F("xảy ra 2 vụ ngộ độc", "2", 2, "count", "vụ", "vụ ngộ độc thực phẩm liên quan đến bánh mì", YTD),
    F("làm 153 người mắc", "153", 153, "count", "người", "người mắc ngộ độc thực phẩm liên quan đến bánh mì", YTD),
    F("121 người phải nhập viện", "121", 121, "count", "người", "người phải nhập viện điều trị", YTD, total=153),
    F("với 97 người mắc", "97", 97, "count", "người", "người mắc trong vụ ngộ độc lớn nhất", YTDi,
      location="Long Khánh"),
    F("hiện có 2.480 cơ sở", "2.480", 2480, "count", "cơ sở", "cơ sở sản xuất, kinh doanh bánh mì"),
    F("có 356 cơ sở được cấp", "356", 356, "count", "cơ sở",
      "cơ sở được cấp Giấy chứng nhận cơ sở đủ điều kiện an toàn thực phẩm", total=2480, percent=14.4),
    F("từ 500 đến 2.000 ổ bánh/ngày", "500", 500, "measure", "ổ bánh/ngày", "sản lượng mỗi lò bánh mì",
      value_max=2000),
    F("100% lò bánh mì trên địa bàn", "100", 100, "percent", "%", "lò bánh mì được kiểm tra", END24,
      status="target"),
    F("ít nhất 1 lần", "1", 1, "count", "lần", "số lần kiểm tra mỗi lò bánh mì", END24, approx="at_least",
      status="target", optional=True),
    F("đạt trên 25%", "25", 25, "percent", "%", "tỷ lệ cơ sở được cấp giấy chứng nhận", END24, approx="over",
      status="target"),
]

NOTES = [
    "Province portal (Đồng Nai): bánh mì facilities inspected in H1/2024, food poisoning, certificates, 2024 targets.",
    "87/312/727 follow 'Trong đó' after the 1.126 inspected (sum 1.126): total 1126; 1.019 'chiếm 90,5%' has no part-of cue: percent only.",
    "'Từ đầu năm đến nay' ends at the dateline 2024-07-12; 97 người is in thành phố Long Khánh.",
    "'ít nhất 1 lần' is the threshold of the inspection target: optional.",
]

if __name__ == "__main__":
    write(1, TEXT, FIGS, notes=NOTES, location="Đồng Nai", published="2024-07-12")
