from lib import F, P, I, CH, emit

TEXT = """BỘ CÔNG AN - CỔNG THÔNG TIN ĐIỆN TỬ
Trang chủ » Tin tức » Hoạt động của lực lượng Công an
Ngày đăng: 27/02/2024 | Lượt xem: 5.731

Hơn 143 nghìn trường hợp vi phạm nồng độ cồn bị xử lý dịp Tết Giáp Thìn

Theo Cục Cảnh sát giao thông (C08), sau 28 ngày triển khai cao điểm bảo đảm trật tự an toàn giao thông dịp Tết Nguyên đán và Lễ hội Xuân 2024 (từ ngày 29/1 đến 25/2/2024), 63/63 địa phương đã tổ chức kiểm tra nồng độ cồn, phát hiện, xử lý 143.512 trường hợp vi phạm, tăng 12,3% so với cùng kỳ Tết Quý Mão 2023; phạt tiền hơn 489,6 tỷ đồng, tước 121.870 giấy phép lái xe.

Trung bình mỗi ngày, lực lượng chức năng xử lý khoảng 5.125 trường hợp. Riêng ngày mùng 1 Tết (10/2/2024), cả nước xử lý 2.216 trường hợp, thấp nhất trong đợt.

Các địa phương xử lý nhiều trường hợp vi phạm nồng độ cồn là Hà Nội (7.805 trường hợp), TP. Hồ Chí Minh (6.212 trường hợp), Thanh Hóa (4.960 trường hợp) và Nghệ An (4.518 trường hợp); Đồng Nai xếp thứ 5 với 4.120 trường hợp.

Nhờ đó, tai nạn giao thông trong dịp cao điểm giảm sâu: so với cùng kỳ Tết Quý Mão 2023, số vụ giảm 30,4%, số người chết giảm 25,1%, số người bị thương giảm 36,7%.

Thực hiện Kế hoạch số 28/KH-C08, Bộ Công an yêu cầu Công an các đơn vị, địa phương tiếp tục duy trì kiểm tra nồng độ cồn "mọi lúc, mọi nơi", xử lý nghiêm 100% trường hợp vi phạm được phát hiện, không có vùng cấm, không có ngoại lệ.

Người dân có thể phản ánh vi phạm qua đường dây nóng của Cục Cảnh sát giao thông: 069.2342.608.
"""

TET = P("từ ngày 29/1 đến 25/2/2024", "2024-01-29", "2024-02-25")
TETi = I(TET)
S = "trường hợp vi phạm nồng độ cồn bị xử lý"

FIGS = [
    F("Hơn 143 nghìn", "143", 143000, "count", "trường hợp", S, approx="over"),
    F("63/63 địa phương", "63", 63, "count", "địa phương", "địa phương tổ chức kiểm tra nồng độ cồn", TET, total=63),
    F("xử lý 143.512 trường hợp", "143.512", 143512, "count", "trường hợp", "trường hợp vi phạm nồng độ cồn", TET,
      change=CH("increase", 12.3, "%", "cùng kỳ Tết Quý Mão 2023")),
    F("hơn 489,6 tỷ đồng", "489,6", 489600000000, "money", "đồng", "tiền phạt vi phạm nồng độ cồn", TET, approx="over"),
    F("tước 121.870 giấy phép", "121.870", 121870, "count", "giấy phép lái xe", "giấy phép lái xe bị tước", TET),
    F("khoảng 5.125 trường hợp", "5.125", 5125, "count", "trường hợp", "trường hợp vi phạm xử lý trung bình mỗi ngày",
      TETi, approx="about"),
    F("xử lý 2.216 trường hợp", "2.216", 2216, "count", "trường hợp", "trường hợp vi phạm xử lý ngày mùng 1 Tết",
      P("ngày mùng 1 Tết (10/2/2024)", "2024-02-10", "2024-02-10")),
    F("Hà Nội (7.805", "7.805", 7805, "count", "trường hợp", S, TETi, location="Hà Nội"),
    F("Minh (6.212", "6.212", 6212, "count", "trường hợp", S, TETi, location="TP. Hồ Chí Minh"),
    F("Thanh Hóa (4.960", "4.960", 4960, "count", "trường hợp", S, TETi, location="Thanh Hóa"),
    F("Nghệ An (4.518", "4.518", 4518, "count", "trường hợp", S, TETi, location="Nghệ An"),
    F("xếp thứ 5", "5", 5, "rank", "hạng", "xử lý trường hợp vi phạm nồng độ cồn", TETi, location="Đồng Nai"),
    F("với 4.120 trường hợp", "4.120", 4120, "count", "trường hợp", S, TETi, location="Đồng Nai"),
    F("số vụ giảm 30,4%", "30,4", 30.4, "percent", "%", "số vụ tai nạn giao thông", TETi),
    F("chết giảm 25,1%", "25,1", 25.1, "percent", "%", "số người chết do tai nạn giao thông", TETi),
    F("thương giảm 36,7%", "36,7", 36.7, "percent", "%", "số người bị thương do tai nạn giao thông", TETi),
    F("nghiêm 100% trường hợp", "100", 100, "percent", "%", "trường hợp vi phạm được phát hiện xử lý nghiêm", status="target"),
]

COMMENTS = [
    "p686-4 — ministry site (Bộ Công an): Tết Giáp Thìn 2024 peak, national drink-driving results and provincial leaders. 'Ngày đăng: 27/02/2024'.",
    "Distractors: 'Lượt xem: 5.731', '(C08)', 'sau 28 ngày triển khai' (a duration locating the peak), 'Xuân 2024', 'Kế hoạch số 28/KH-C08',",
    "'mùng 1 Tết' (an ordinal day), hotline 069.2342.608, 'Tết Quý Mão 2023' (baseline).",
    "'63/63 địa phương' -> total 63. The peak '(từ ngày 29/1 đến 25/2/2024)' is the period of the lead sentence (scored there).",
    "Headline 'Hơn 143 nghìn' has no period phrase in it. A single day '(10/2/2024)' is its own period (start = end).",
    "Province list: each item a figure with the list's indicator and the province as location; 'Đồng Nai xếp thứ 5 với 4.120' gives a rank and a count.",
    "'số vụ giảm 30,4%, …' are rates with no base amount: three percent figures, no change object.",
    "'yêu cầu … xử lý nghiêm 100% trường hợp vi phạm' is a required level -> status target.",
]

if __name__ == "__main__":
    emit("p686-4", TEXT, COMMENTS, FIGS, published="2024-02-27", location="Việt Nam")
