"""p674-2: huyện Yên Thành (Nghệ An) district portal — lớp dạy bơi hè 2024, bể bơi di động, kinh phí."""
from lib import F, P, I, CH, AGE, emit

TEXT = """CỔNG THÔNG TIN ĐIỆN TỬ HUYỆN YÊN THÀNH
Trang chủ / Tin tức / Giáo dục - Y tế

Yên Thành: Hơn 2.000 trẻ em được học bơi trong dịp hè

Thứ Ba, 16/07/2024 - 15:20

Hè năm 2024, Phòng Lao động - Thương binh và Xã hội phối hợp với Phòng Giáo dục và Đào tạo, Huyện đoàn tổ chức 68 lớp dạy bơi tại 22/39 xã, thị trấn, thu hút 2.046 trẻ em từ 6 đến 15 tuổi tham gia, tăng 412 em so với năm 2023.

Mỗi lớp học từ 25 đến 35 em, kéo dài 10 buổi, do 46 huấn luyện viên, giáo viên thể dục đã qua tập huấn trực tiếp hướng dẫn. Kết thúc khóa học, 1.872 em biết bơi và thực hiện được các kỹ năng tự cứu, chiếm 91,5% số học viên.

Năm nay, huyện được tỉnh hỗ trợ thêm 3 bể bơi di động, nâng tổng số bể bơi di động trên địa bàn lên 11 bể. Mỗi bể dài 12 m, rộng 6 m, sâu từ 0,8 đến 1,2 m, được đặt tại Trường Tiểu học Công Thành, Trường Tiểu học Bắc Thành và Trường THCS Phan Đăng Lưu (xóm 7, xã Hoa Thành, cạnh Quốc lộ 7A).

Tổng kinh phí tổ chức các lớp dạy bơi là 612 triệu đồng, trong đó ngân sách huyện 250 triệu đồng, các xã đối ứng 180 triệu đồng, còn lại do doanh nghiệp, nhà hảo tâm đóng góp. Mức hỗ trợ cho trẻ em thuộc hộ nghèo, cận nghèo là 300.000 đồng/em/khóa.

Theo thống kê, 6 tháng đầu năm, trên địa bàn huyện có 2 trẻ em tử vong do đuối nước, giảm 3 em so với cùng kỳ. Huyện phấn đấu đến năm 2025 có 60% trẻ em trong độ tuổi tiểu học biết bơi.

Ngọc Anh (Trung tâm Văn hóa - Thể thao và Truyền thông huyện)
Điện thoại: 0238.3863.125
"""

Y_NOW = P("Năm nay", "2024-01-01", "2024-12-31")
H1 = P("6 tháng đầu năm", "2024-01-01", "2024-06-30")

FIGS = [
    F("Hơn 2.000 trẻ em", "2.000", 2000, "count", "trẻ em", "trẻ em được học bơi trong dịp hè", approx="over"),
    F("tổ chức 68 lớp", "68", 68, "count", "lớp", "lớp dạy bơi"),
    F("tại 22/39 xã", "22", 22, "count", "xã, thị trấn", "xã, thị trấn tổ chức lớp dạy bơi", total=39),
    F("thu hút 2.046 trẻ em", "2.046", 2046, "count", "trẻ em", "trẻ em tham gia lớp dạy bơi",
      change=CH("increase", 412, "em", "năm 2023")),
    AGE("từ 6 đến 15 tuổi", "6", 6, 15),
    F("từ 25 đến 35 em", "25", 25, "count", "em", "học viên mỗi lớp học", value_max=35),
    F("kéo dài 10 buổi", "10", 10, "count", "buổi", "mỗi lớp học kéo dài"),
    F("do 46 huấn luyện viên", "46", 46, "count", "huấn luyện viên", "huấn luyện viên, giáo viên thể dục đã qua tập huấn hướng dẫn"),
    F("1.872 em biết bơi", "1.872", 1872, "count", "em", "em biết bơi và thực hiện được các kỹ năng tự cứu",
      percent=91.5),
    F("thêm 3 bể bơi", "3", 3, "count", "bể bơi", "bể bơi di động được tỉnh hỗ trợ thêm", Y_NOW),
    F("lên 11 bể", "11", 11, "count", "bể", "tổng số bể bơi di động trên địa bàn"),
    F("dài 12 m", "12", 12, "measure", "m", "mỗi bể bơi di động dài"),
    F("rộng 6 m", "6", 6, "measure", "m", "mỗi bể bơi di động rộng"),
    F("sâu từ 0,8 đến 1,2 m", "0,8", 0.8, "measure", "m", "mỗi bể bơi di động sâu", value_max=1.2),
    F("là 612 triệu đồng", "612", 612000000, "money", "đồng", "tổng kinh phí tổ chức các lớp dạy bơi"),
    F("huyện 250 triệu đồng", "250", 250000000, "money", "đồng", "kinh phí tổ chức các lớp dạy bơi từ ngân sách huyện",
      total=612000000),
    F("đối ứng 180 triệu đồng", "180", 180000000, "money", "đồng", "kinh phí các xã đối ứng", total=612000000),
    F("là 300.000 đồng/em/khóa", "300.000", 300000, "money", "đồng/em/khóa",
      "mức hỗ trợ cho trẻ em thuộc hộ nghèo, cận nghèo"),
    F("có 2 trẻ em", "2", 2, "count", "trẻ em", "trẻ em tử vong do đuối nước", H1,
      change=CH("decrease", 3, "em", "cùng kỳ")),
    F("có 60% trẻ em", "60", 60, "percent", "%", "trẻ em trong độ tuổi tiểu học biết bơi",
      P("đến năm 2025", None, "2025-12-31"), status="target"),
]

COMMENTS = [
    "Cổng TTĐT huyện Yên Thành (Nghệ An): hè 2024 dạy bơi cho 2.046 trẻ em; bể bơi di động; kinh phí; trẻ tử vong 6 tháng đầu năm.",
    "Dateline 'Thứ Ba, 16/07/2024 - 15:20'. 'Hè năm 2024' (summer) has no start/end in FIGURES.md: those figures are left without period.",
    "'Năm nay' = 2024 (dateline). '6 tháng đầu năm' takes 2024 from 'Hè năm 2024'/the dateline. 'xóm 7', 'Quốc lộ 7A', phone: not figures.",
    "'22/39 xã' gives total 39. '3 bể … nâng tổng số … lên 11 bể': two figures, no change (the 3 stands before, no tăng/giảm cue).",
    "revised: subjects of 10 buổi and the pool sizes re-worded with the sentence's own words (were 'thời lượng …', 'chiều dài …').",
    "'kéo dài 10 buổi' is the size of a course (count of sessions), not a time locator: a figure. '1.872 em …, chiếm 91,5%': percent, no total cue.",
]

if __name__ == "__main__":
    emit("p674-2", TEXT, COMMENTS, FIGS, published="2024-07-16", location="Yên Thành")
