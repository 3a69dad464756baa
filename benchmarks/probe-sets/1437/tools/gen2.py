"""p1437-2: district portal (huyện Đức Hòa, Long An): a bailiff office serving the district court, 6 months of 2024."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """CỔNG THÔNG TIN ĐIỆN TỬ HUYỆN ĐỨC HÒA - TỈNH LONG AN
Trang chủ | Giới thiệu | Tin tức | Thủ tục hành chính | Liên hệ

Thừa phát lại góp phần giảm tải cho Tòa án huyện

18/07/2024

Sáu tháng đầu năm 2024, Văn phòng Thừa phát lại Đức Tâm đã tiếp nhận 4.215 văn bản của Tòa án nhân dân huyện Đức Hòa cần tống đạt, tăng 18,6% so với cùng kỳ năm 2023; đã tống đạt hợp lệ 4.108 văn bản, đạt tỷ lệ 97,5%.

Thời gian tống đạt bình quân rút ngắn còn 3 ngày/văn bản, thay vì từ 7 đến 10 ngày như trước đây. Nhờ đó, số phiên tòa phải hoãn do đương sự vắng mặt giảm 38% so với cùng kỳ. Theo ông Lê Văn Sang, Chánh án Tòa án nhân dân huyện, mỗi tháng tòa tiết kiệm khoảng 120 ngày công của thư ký, cán bộ.

Cũng trong 6 tháng, văn phòng lập 512 vi bằng, trong đó 327 vi bằng ghi nhận hiện trạng nhà, đất, 96 vi bằng ghi nhận việc giao nhận tiền, còn lại là các sự kiện, hành vi khác.

Văn phòng hiện có ba thừa phát lại, 12 thư ký nghiệp vụ và nhân viên, hoạt động trên địa bàn 20 xã, thị trấn. Mức chi phí tống đạt theo hợp đồng với Tòa án là 95.000 đồng/việc, thấp hơn mức trần theo quy định.

Dự kiến 6 tháng cuối năm, văn phòng tiếp nhận khoảng 4.500 văn bản cần tống đạt và phấn đấu tỷ lệ tống đạt hợp lệ đạt trên 98%.

Văn phòng Thừa phát lại Đức Tâm có trụ sở tại số 86 đường Nguyễn Văn Tiếp, khu phố 3, thị trấn Hậu Nghĩa, được thành lập theo Quyết định số 1520/QĐ-UBND của UBND tỉnh Long An.

Tin khác:
- Hội nghị sơ kết công tác tư pháp 6 tháng đầu năm 2024
- Đức Hòa ra quân tổng vệ sinh môi trường

CỔNG THÔNG TIN ĐIỆN TỬ HUYỆN ĐỨC HÒA
Địa chỉ: Khu phố 1, thị trấn Hậu Nghĩa, huyện Đức Hòa, tỉnh Long An
Điện thoại: 0272.3850.321 - Giấy phép số 05/GP-TTĐT
"""

H1 = per("Sáu tháng đầu năm 2024", "2024-01-01", "2024-06-30")
H1_S = per("6 tháng", "2024-01-01", "2024-06-30")
H2 = per("6 tháng cuối năm", "2024-07-01", "2024-12-31")

FIGS = [
    fig("tiếp nhận 4.215 văn bản", "4.215", 4215, "count", "văn bản",
        change=chg("increase", 18.6, "%", "cùng kỳ năm 2023"),
        subject="văn bản của Tòa án nhân dân huyện cần tống đạt văn phòng tiếp nhận", period=H1),
    fig("hợp lệ 4.108 văn bản", "4.108", 4108, "count", "văn bản", percent=97.5,
        subject="văn bản đã tống đạt hợp lệ", period=H1),
    fig("còn 3 ngày/văn bản", "3", 3, "measure", "ngày/văn bản",
        subject="thời gian tống đạt bình quân"),
    fig("từ 7 đến 10 ngày", "7", 7, "measure", "ngày", value_max=10,
        subject="thời gian tống đạt trước đây"),
    fig("giảm 38%", "38", 38, "percent", "%",
        subject="số phiên tòa phải hoãn do đương sự vắng mặt", period=inh(H1)),
    fig("khoảng 120 ngày công", "120", 120, "measure", "ngày công/tháng", approx="about",
        subject="ngày công của thư ký, cán bộ tòa tiết kiệm mỗi tháng"),
    fig("lập 512 vi bằng", "512", 512, "count", "vi bằng",
        subject="vi bằng văn phòng lập", period=H1_S),
    fig("327 vi bằng", "327", 327, "count", "vi bằng", total=512,
        subject="vi bằng ghi nhận hiện trạng nhà, đất", period=H1_S),
    fig("96 vi bằng", "96", 96, "count", "vi bằng", total=512,
        subject="vi bằng ghi nhận việc giao nhận tiền", period=H1_S),
    fig("có ba thừa phát lại", "ba", 3, "count", "thừa phát lại", subject="thừa phát lại của văn phòng"),
    fig("12 thư ký", "12", 12, "count", "thư ký nghiệp vụ và nhân viên",
        subject="thư ký nghiệp vụ và nhân viên của văn phòng"),
    fig("địa bàn 20 xã", "20", 20, "count", "xã, thị trấn",
        subject="xã, thị trấn văn phòng hoạt động trên địa bàn"),
    fig("là 95.000 đồng/việc", "95.000", 95000, "money", "đồng/việc",
        subject="mức chi phí tống đạt theo hợp đồng với Tòa án"),
    fig("khoảng 4.500 văn bản", "4.500", 4500, "count", "văn bản", approx="about", status="forecast",
        subject="văn bản cần tống đạt văn phòng tiếp nhận", period=H2),
    fig("trên 98%", "98", 98, "percent", "%", approx="over", status="target",
        subject="tỷ lệ tống đạt hợp lệ", period=H2),
]

NOTES = [
    "District portal (huyện Đức Hòa, Long An): one bailiff office serving the district court; bare date '18/07/2024' under the headline.",
    "Distractors: 'số 86 đường Nguyễn Văn Tiếp', 'khu phố 3', 'Khu phố 1', Quyết định số 1520/QĐ-UBND, phone 0272.3850.321, 'Giấy phép số 05/GP-TTĐT',",
    "  '6 tháng đầu năm 2024' in a link title.",
    "All figures are the district's (location Đức Hòa). 'đạt tỷ lệ 97,5%' is the percent of 4.108; 4.108 has no total (no part-of cue).",
    "'giảm 38% so với cùng kỳ' has no base amount: a percent figure of its own, no change. 'mỗi tháng … khoảng 120 ngày công' is a rate (ngày công/tháng).",
    "'thay vì từ 7 đến 10 ngày như trước đây' is the old duration, a measure range. 'ba thừa phát lại' is a number word.",
    "'Dự kiến' governs the 4.500 clause (forecast); 'phấn đấu' governs the 98% clause (target). '6 tháng cuối năm' = 2024-07..12.",
]

if __name__ == "__main__":
    write("p1437-2", TEXT, NOTES, FIGS, published="2024-07-18", location="Đức Hòa")
