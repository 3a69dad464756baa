"""p599-6: national press (VnExpress style): Bộ Công an national figures H1/2024 on illegal lending, apps, pawnshops, since 2019."""
from lib import F, P, I, CH, emit

TEXT = """Thời sự > Pháp luật
Thứ tư, 17/7/2024, 06:30 (GMT+7)

Hơn 1.100 bị can bị khởi tố vì cho vay lãi nặng trong 6 tháng

Bộ Công an cho biết 6 tháng đầu năm 2024, công an cả nước phát hiện 613 vụ liên quan "tín dụng đen", tăng 14,5% so với cùng kỳ năm 2023; khởi tố 452 vụ với 1.170 bị can.

Theo Cục Cảnh sát hình sự (C02), cho vay qua ứng dụng di động tiếp tục diễn biến phức tạp. Cơ quan chức năng đã rà soát hơn 160 ứng dụng cho vay trực tuyến, đề nghị gỡ bỏ 94 ứng dụng, trong đó có ứng dụng "Vay Nhanh 247" với khoảng 12.000 người vay. Số vụ cho vay qua mạng bị phát hiện gấp 1,8 lần cùng kỳ.

Các địa phương phát hiện nhiều vụ nhất là Hà Nội, TP HCM và Đồng Nai, lần lượt 48, 41 và 27 vụ. Nghệ An đứng thứ tư với 25 vụ.

Cả nước hiện có hơn 25.600 cơ sở kinh doanh dịch vụ cầm đồ. Trong 6 tháng đầu năm, lực lượng Cảnh sát quản lý hành chính về trật tự xã hội đã kiểm tra 9.870 lượt cơ sở, xử phạt 1.245 cơ sở vi phạm với tổng số tiền 8,6 tỷ đồng.

Từ năm 2019 đến nay, thực hiện Chỉ thị 12/CT-TTg của Thủ tướng, công an các địa phương đã khởi tố hơn 4.500 vụ, gần 9.800 bị can; các đối tượng thu lợi bất chính hơn 5.100 tỷ đồng. Tổng số tiền cho vay ước khoảng 23.000 tỷ đồng.

Theo Bộ Công an, nhiều đối tượng núp bóng công ty tài chính, cửa hàng cầm đồ, cho vay với lãi suất từ 1.000% đến 1.500%/năm, sau đó đòi nợ bằng cách "khủng bố" điện thoại, bôi nhọ người vay trên mạng xã hội. Dự kiến đến hết năm 2024, sẽ có thêm khoảng 70 ứng dụng bị đề nghị gỡ bỏ.

Phạm Dự
"""

PH = P("6 tháng", "2024-01-01", "2024-06-30")
P6 = P("6 tháng đầu năm 2024", "2024-01-01", "2024-06-30")
P6b = P("Trong 6 tháng đầu năm", "2024-01-01", "2024-06-30")
P19 = P("Từ năm 2019 đến nay", "2019-01-01", "2024-07-17")
PE = P("đến hết năm 2024", None, "2024-12-31")

FIGS = [
    F("Hơn 1.100 bị can", "1.100", 1100, "count", "bị can",
      "bị can bị khởi tố vì cho vay lãi nặng", PH, approx="over"),
    F("phát hiện 613 vụ", "613", 613, "count", "vụ",
      "vụ liên quan tín dụng đen phát hiện", P6,
      change=CH("increase", 14.5, "%", "cùng kỳ năm 2023")),
    F("khởi tố 452 vụ", "452", 452, "count", "vụ",
      "vụ khởi tố", P6),
    F("1.170 bị can", "1.170", 1170, "count", "bị can",
      "bị can khởi tố", P6),
    F("hơn 160 ứng dụng", "160", 160, "count", "ứng dụng",
      "ứng dụng cho vay trực tuyến được rà soát", approx="over"),
    F("gỡ bỏ 94 ứng dụng", "94", 94, "count", "ứng dụng",
      "ứng dụng bị đề nghị gỡ bỏ"),
    F("khoảng 12.000 người vay", "12.000", 12000, "count", "người vay",
      "người vay của ứng dụng Vay Nhanh 247", approx="about"),
    F("gấp 1,8 lần", "1,8", 1.8, "multiple", "lần",
      "số vụ cho vay qua mạng bị phát hiện so với cùng kỳ"),
    F("lần lượt 48", "48", 48, "count", "vụ",
      "vụ tín dụng đen phát hiện", location="Hà Nội"),
    F("48, 41 và", "41", 41, "count", "vụ",
      "vụ tín dụng đen phát hiện", location="TP. Hồ Chí Minh"),
    F("và 27 vụ", "27", 27, "count", "vụ",
      "vụ tín dụng đen phát hiện", location="Đồng Nai"),
    F("đứng thứ tư", "tư", 4, "rank", "hạng",
      "địa phương phát hiện nhiều vụ tín dụng đen", location="Nghệ An"),
    F("với 25 vụ", "25", 25, "count", "vụ",
      "vụ tín dụng đen phát hiện", location="Nghệ An"),
    F("hơn 25.600 cơ sở", "25.600", 25600, "count", "cơ sở",
      "cơ sở kinh doanh dịch vụ cầm đồ", approx="over"),
    F("kiểm tra 9.870 lượt", "9.870", 9870, "count", "lượt cơ sở",
      "lượt cơ sở được kiểm tra", P6b),
    F("xử phạt 1.245 cơ sở", "1.245", 1245, "count", "cơ sở",
      "cơ sở vi phạm bị xử phạt", P6b),
    F("số tiền 8,6 tỷ đồng", "8,6", 8.6e9, "money", "đồng",
      "tổng số tiền xử phạt", P6b),
    F("hơn 4.500 vụ", "4.500", 4500, "count", "vụ",
      "vụ khởi tố", P19, approx="over"),
    F("gần 9.800 bị can", "9.800", 9800, "count", "bị can",
      "bị can khởi tố", P19, approx="nearly"),
    F("hơn 5.100 tỷ đồng", "5.100", 5100e9, "money", "đồng",
      "thu lợi bất chính", P19, approx="over"),
    F("khoảng 23.000 tỷ đồng", "23.000", 23000e9, "money", "đồng",
      "tổng số tiền cho vay", I(P19), approx="about", status="estimate"),
    F("từ 1.000% đến 1.500%", "1.000", 1000, "percent", "%",
      "lãi suất cho vay", value_max=1500),
    F("khoảng 70 ứng dụng", "70", 70, "count", "ứng dụng",
      "ứng dụng bị đề nghị gỡ bỏ thêm", PE, approx="about", status="forecast"),
]

COMMENTS = [
    "National press (VnExpress style, 'Thứ tư, 17/7/2024, 06:30 (GMT+7)', byline at the end): Bộ Công an, tín dụng đen 6 tháng 2024, apps, cầm đồ, since 2019.",
    "National figures: location Việt Nam; 'Hà Nội, TP HCM và Đồng Nai, lần lượt 48, 41 và 27 vụ' and 'Nghệ An ... 25 vụ' take their province.",
    "'Nghệ An đứng thứ tư' is a rank written as a word (FIGURES.md: number words are numbers) -> rank 4; 'Thứ tư' in the dateline is the weekday, not a figure.",
    "'gấp 1,8 lần cùng kỳ' standing alone as the sentence's claim: multiple. 'Từ năm 2019 đến nay' ends at the dateline. 'ước khoảng' -> about + estimate.",
    "Not figures: 'Vay Nhanh 247' (a name), C02, Chỉ thị 12/CT-TTg, (GMT+7), dateline time.",
    "revised after first scoring: location 'TP HCM' -> 'TP. Hồ Chí Minh' (a place name, as shared h26); 9.870 lượt no longer imports 'cầm đồ' (list items keep the indicator stated before the list, as FIGURES.md allows).",
]

if __name__ == "__main__":
    emit("p599-6", TEXT, COMMENTS, FIGS, published="2024-07-17", location="Việt Nam")
