"""p1310-2: district portal (quận Gò Vấp, TP HCM): complaints about karaoke noise from loa kéo, fines, rapid-response teams."""
from lib import fig, per, inh, chg, write

TEXT = """CỔNG THÔNG TIN ĐIỆN TỬ QUẬN GÒ VẤP
Thành phố Hồ Chí Minh

Trang chủ | Tin tức - Sự kiện | Đô thị - Môi trường

Quận Gò Vấp tăng cường xử lý tình trạng hát karaoke gây ồn
25/06/2024 - 10:20

Từ đầu năm đến nay, UBND quận đã tiếp nhận 248 phản ánh của người dân về tiếng ồn, tăng 35 phản ánh so với cùng kỳ năm 2023. Trong đó, 163 phản ánh liên quan đến hát karaoke bằng loa kéo tại nhà riêng và quán ăn, 52 phản ánh về tiếng ồn từ công trình xây dựng, còn lại là từ các cơ sở sản xuất nhỏ lẻ.

Qua kiểm tra, Đội Quản lý trật tự đô thị quận phối hợp Công an các phường đã lập biên bản 74 trường hợp, xử phạt 61 trường hợp với tổng số tiền hơn 118 triệu đồng; 13 trường hợp còn lại bị nhắc nhở, yêu cầu ký cam kết. Theo Nghị định 144/2021/NĐ-CP, hành vi gây tiếng động lớn, làm ồn ào trong khoảng thời gian từ 22 giờ ngày hôm trước đến 6 giờ sáng ngày hôm sau bị phạt tiền từ 500.000 đến 1.000.000 đồng.

Nhiều khu dân cư như hẻm 281 Lê Văn Thọ (Phường 11), khu vực quanh chợ Hạnh Thông Tây thường xuyên bị phản ánh. Ông Lê Hoàng Nam, Phó Chủ tịch UBND quận cho biết, quận đã thành lập 16 tổ phản ứng nhanh về tiếng ồn, mỗi tổ từ 5 đến 7 thành viên, trực từ 20 giờ đến 24 giờ hằng ngày.

6 tháng cuối năm, quận phấn đấu giảm 15-20% số phản ánh về tiếng ồn so với 6 tháng đầu năm; dự kiến lắp đặt 8 bảng điện tử hiển thị độ ồn tại các tuyến đường Quang Trung, Phan Văn Trị, Nguyễn Oanh.

Tin khác:
- Gò Vấp ra quân tổng vệ sinh môi trường
- Hướng dẫn đăng ký kinh doanh hộ cá thể

UBND QUẬN GÒ VẤP
Địa chỉ: Số 19 Quang Trung, Phường 10, quận Gò Vấp
Điện thoại: (028) 3894 3045
"""

YTD = per("Từ đầu năm đến nay", "2024-01-01", "2024-06-25")
H2 = per("6 tháng cuối năm", "2024-07-01", "2024-12-31")

FIGS = [
    fig("tiếp nhận 248 phản ánh", "248", 248, "count", "phản ánh",
        change=chg("increase", 35, "phản ánh", "cùng kỳ năm 2023"),
        subject="phản ánh của người dân về tiếng ồn", period=YTD),
    fig("Trong đó, 163 phản ánh", "163", 163, "count", "phản ánh", total=248,
        subject="phản ánh liên quan đến hát karaoke bằng loa kéo", period=inh(YTD)),
    fig("52 phản ánh", "52", 52, "count", "phản ánh", total=248,
        subject="phản ánh về tiếng ồn từ công trình xây dựng", period=inh(YTD)),
    fig("biên bản 74 trường hợp", "74", 74, "count", "trường hợp",
        subject="trường hợp bị lập biên bản", period=inh(YTD)),
    fig("xử phạt 61 trường hợp", "61", 61, "count", "trường hợp",
        subject="trường hợp bị xử phạt", period=inh(YTD)),
    fig("hơn 118 triệu", "118", 118e6, "money", "đồng", approx="over",
        subject="tổng số tiền xử phạt", period=inh(YTD)),
    fig("13 trường hợp còn lại", "13", 13, "count", "trường hợp",
        subject="trường hợp bị nhắc nhở, yêu cầu ký cam kết", period=inh(YTD)),
    fig("từ 500.000 đến 1.000.000", "500.000", 500000, "money", "đồng", value_max=1e6,
        subject="mức phạt tiền đối với hành vi gây tiếng động lớn, làm ồn ào"),
    fig("thành lập 16 tổ", "16", 16, "count", "tổ", subject="tổ phản ứng nhanh về tiếng ồn"),
    fig("từ 5 đến 7 thành viên", "5", 5, "count", "thành viên", value_max=7,
        subject="thành viên mỗi tổ"),
    fig("giảm 15-20%", "15", 15, "percent", "%", value_max=20, status="target",
        subject="số phản ánh về tiếng ồn giảm", period=H2),
    fig("lắp đặt 8 bảng", "8", 8, "count", "bảng điện tử", status="forecast",
        subject="bảng điện tử hiển thị độ ồn", period=H2),
]

NOTES = [
    "District portal (quận Gò Vấp, TP HCM): banner, menu, '25/06/2024 - 10:20' under the headline, 'Tin khác', address footer.",
    "Distractors: Nghị định 144/2021/NĐ-CP, '22 giờ', '6 giờ', '20 giờ đến 24 giờ', 'hẻm 281 Lê Văn Thọ', Phường 11, Phường 10,",
    "'Số 19 Quang Trung', phone (028) 3894 3045.",
    "'Trong đó' parts after a sentence break take total 248 and inherit the period. 'còn lại' is not a cue: no total for 74/61/13.",
    "'tăng 35 phản ánh so với cùng kỳ năm 2023' → change in phản ánh. 'Từ đầu năm đến nay' ends at the dateline.",
    "'giảm 15-20%' is the target rate itself (percent, range); 'phấn đấu' → target, 'dự kiến' → forecast; both take '6 tháng cuối năm'.",
    "'mỗi tổ từ 5 đến 7 thành viên' is a count range of members per team (unit thành viên).",
]

if __name__ == "__main__":
    write("p1310-2", TEXT, NOTES, FIGS, published="2024-06-25", location="Gò Vấp")
