"""p512-2: Yên Thành district portal (Nghệ An), voluntary BHXH and household BHYT, to end of April 2024."""
from lib import F, P, I, CH, TG, emit

TEXT = """CỔNG THÔNG TIN ĐIỆN TỬ HUYỆN YÊN THÀNH
Trang chủ | Tin tức - Sự kiện | Kinh tế - Xã hội
Gần 9.800 người dân Yên Thành tham gia BHXH tự nguyện
21/05/2024 09:15

Tính đến hết tháng 4/2024, toàn huyện Yên Thành có 9.786 người tham gia BHXH tự nguyện, tăng 1.142 người so với cùng kỳ năm 2023, đạt 81,5% kế hoạch năm. Số người tham gia BHYT theo hộ gia đình là 41.250 người, chiếm khoảng 14% số người có thẻ BHYT trên địa bàn.

4 tháng đầu năm, BHXH huyện phối hợp với Bưu điện huyện tổ chức 36 hội nghị tuyên truyền tại các xã, thị trấn, thu hút hơn 2.700 người dự; qua đó vận động được 615 người tham gia mới. Dự kiến trong tháng 6, BHXH huyện và Bưu điện sẽ tổ chức thêm 12 hội nghị tại các xã vùng giáo.

Người tham gia BHXH tự nguyện được lựa chọn mức đóng phù hợp, thấp nhất là 330.000 đồng/tháng. Nhà nước hỗ trợ 30% mức đóng cho người thuộc hộ nghèo, 25% cho người thuộc hộ cận nghèo và 10% cho các đối tượng khác; ngân sách tỉnh hỗ trợ thêm 20% cho người thuộc hộ nghèo theo Nghị quyết số 16/2023/NQ-HĐND.

Về BHYT, tỷ lệ bao phủ toàn huyện đạt 92,4% dân số. Nhóm học sinh, sinh viên có 100% tham gia; riêng nhóm hộ gia đình làm nông, lâm, ngư nghiệp có mức sống trung bình mới đạt 38,7%.

Phấn đấu đến năm 2025, toàn huyện có 12.000 người tham gia BHXH tự nguyện, tỷ lệ bao phủ BHYT đạt trên 95% dân số.

Mọi chi tiết xin liên hệ Bưu điện huyện Yên Thành, Khối 3, thị trấn Yên Thành (gần Quốc lộ 7A), điện thoại 0238.3865.226.

Hồng Nhung (Trung tâm VH-TT&TT huyện)
"""

ASOF = P("Tính đến hết tháng 4/2024", None, "2024-04-30")
M4 = P("4 tháng đầu năm", "2024-01-01", "2024-04-30")
T25 = P("đến năm 2025", None, "2025-12-31")

FIGS = [
    F("Gần 9.800 người", "9.800", 9800, "count", "người", "người dân tham gia BHXH tự nguyện", I(ASOF), approx="nearly"),
    F("có 9.786 người", "9.786", 9786, "count", "người", "người tham gia BHXH tự nguyện", ASOF,
      percent=81.5, change=CH("increase", 1142, "người", baseline="cùng kỳ năm 2023")),
    F("là 41.250 người", "41.250", 41250, "count", "người", "người tham gia BHYT theo hộ gia đình", I(ASOF), percent=14),
    F("tổ chức 36 hội nghị", "36", 36, "count", "hội nghị", "hội nghị tuyên truyền", M4),
    F("hơn 2.700 người", "2.700", 2700, "count", "người", "người dự hội nghị tuyên truyền", M4, approx="over"),
    F("được 615 người", "615", 615, "count", "người", "người tham gia mới được vận động", M4),
    F("thêm 12 hội nghị", "12", 12, "count", "hội nghị", "hội nghị tại các xã vùng giáo",
      P("trong tháng 6", "2024-06-01", "2024-06-30"), status="forecast"),
    F("là 330.000 đồng/tháng", "330.000", 330000, "money", "đồng/tháng", "mức đóng BHXH tự nguyện thấp nhất"),
    F("hỗ trợ 30% mức đóng", "30", 30, "percent", "%", "Nhà nước hỗ trợ mức đóng cho người thuộc hộ nghèo"),
    F("25% cho người", "25", 25, "percent", "%", "Nhà nước hỗ trợ mức đóng cho người thuộc hộ cận nghèo"),
    F("10% cho các", "10", 10, "percent", "%", "Nhà nước hỗ trợ mức đóng cho các đối tượng khác"),
    F("thêm 20% cho", "20", 20, "percent", "%", "ngân sách tỉnh hỗ trợ thêm cho người thuộc hộ nghèo"),
    F("đạt 92,4% dân số", "92,4", 92.4, "percent", "%", "tỷ lệ bao phủ BHYT toàn huyện", I(ASOF)),
    F("có 100% tham gia", "100", 100, "percent", "%", "học sinh, sinh viên tham gia BHYT", I(ASOF)),
    F("mới đạt 38,7%", "38,7", 38.7, "percent", "%",
      "hộ gia đình làm nông, lâm, ngư nghiệp có mức sống trung bình tham gia BHYT", I(ASOF)),
    F("có 12.000 người", "12.000", 12000, "count", "người", "người tham gia BHXH tự nguyện", T25, status="target"),
    F("trên 95% dân số", "95", 95, "percent", "%", "tỷ lệ bao phủ BHYT", T25, approx="over", status="target"),
]

COMMENTS = [
    "Cổng TTĐT huyện Yên Thành (Nghệ An), invented: BHXH tự nguyện and BHYT hộ gia đình to end of April 2024, support rates, 2025 targets.",
    "Distractors: dateline '21/05/2024 09:15', 'Nghị quyết số 16/2023/NQ-HĐND', 'Khối 3', 'Quốc lộ 7A', phone 0238.3865.226.",
    "'đạt 81,5% kế hoạch năm' is the percent of 9.786 and 'tăng 1.142 người' its change; support rates (30/25/10/20%) are percent figures",
    "of the district's participants (location Yên Thành); 'thấp nhất là 330.000 đồng/tháng' is the exact lowest level (approx exact).",
    "'Dự kiến trong tháng 6' -> forecast, June 2024 (year from the lead). 'Phấn đấu đến năm 2025' -> target, end 2025-12-31.",
]

if __name__ == "__main__":
    emit("p512-2", TEXT, COMMENTS, FIGS, published="2024-05-21", location="Yên Thành")
