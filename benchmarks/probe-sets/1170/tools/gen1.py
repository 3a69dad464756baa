"""p1170-1: Nghệ An province portal, first-time land-use right certificates in 9 months of 2024."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """Trang chủ > Tin tức - Sự kiện > Tài nguyên - Môi trường

Nghệ An: Cấp hơn 12.400 giấy chứng nhận quyền sử dụng đất lần đầu trong 9 tháng

Cập nhật: 14/10/2024 08:30 | Lượt xem: 2.417

(nghean.gov.vn) - 9 tháng đầu năm 2024, Văn phòng Đăng ký đất đai tỉnh Nghệ An và các chi nhánh đã cấp 12.486 giấy chứng nhận quyền sử dụng đất lần đầu, đạt 83,2% kế hoạch năm, tăng 9,6% so với cùng kỳ năm trước, với tổng diện tích 1.742,5 ha. Trong đó, cấp cho hộ gia đình, cá nhân 11.905 giấy; cấp cho tổ chức 581 giấy.

Cũng trong 9 tháng, toàn tỉnh tiếp nhận 96.530 hồ sơ đăng ký biến động đất đai, đã giải quyết 91.218 hồ sơ; số hồ sơ quá hạn là 312 hồ sơ, giảm 41% so với cùng kỳ. Thời gian giải quyết bình quân một hồ sơ đăng ký biến động còn khoảng 7 ngày làm việc.

Huyện Quỳnh Lưu dẫn đầu toàn tỉnh với 1.326 giấy chứng nhận được cấp. Huyện thành lập 14 tổ công tác xuống từng xã rà soát hồ sơ tồn đọng; riêng xã Quỳnh Thạch, sau hai đợt rà soát, đã cấp 218 giấy cho các hộ có đất ở sử dụng ổn định, không tranh chấp.

Theo ông Hoàng Văn Tuấn, Giám đốc Văn phòng Đăng ký đất đai tỉnh, nhiều thửa đất có nguồn gốc giao trái thẩm quyền nên việc cấp giấy còn chậm; toàn tỉnh còn gần 18.000 thửa đủ điều kiện nhưng chưa được cấp giấy.

Trong quý IV, ngành tài nguyên và môi trường phấn đấu cấp thêm khoảng 2.500 giấy chứng nhận lần đầu, đưa tỷ lệ cấp giấy đất ở đạt trên 98%. Người dân có thể phản ánh qua đường dây nóng 0238.3598.123 hoặc nộp hồ sơ trực tuyến theo Nghị định số 101/2024/NĐ-CP; hộ sử dụng đất trước ngày 15/10/1993 không phải nộp tiền sử dụng đất trong hạn mức.
"""

HEAD = per("trong 9 tháng", "2024-01-01", "2024-09-30")
NINE = per("9 tháng đầu năm 2024", "2024-01-01", "2024-09-30")
NINE2 = per("Cũng trong 9 tháng", "2024-01-01", "2024-09-30")
Q4 = per("Trong quý IV", "2024-10-01", "2024-12-31")
QL = "Quỳnh Lưu"

FIGS = [
    fig("Cấp hơn 12.400 giấy", "12.400", 12400, "count", "giấy chứng nhận", approx="over",
        subject="giấy chứng nhận quyền sử dụng đất cấp lần đầu", period=HEAD),
    fig("cấp 12.486 giấy", "12.486", 12486, "count", "giấy chứng nhận", percent=83.2,
        change=chg("increase", 9.6, "%", "cùng kỳ năm trước"),
        subject="giấy chứng nhận quyền sử dụng đất cấp lần đầu", period=NINE),
    fig("1.742,5 ha", "1.742,5", 1742.5, "measure", "ha",
        subject="diện tích cấp giấy chứng nhận lần đầu", period=NINE),
    fig("cá nhân 11.905 giấy", "11.905", 11905, "count", "giấy", total=12486,
        subject="giấy chứng nhận cấp cho hộ gia đình, cá nhân", period=inh(NINE)),
    fig("tổ chức 581 giấy", "581", 581, "count", "giấy", total=12486,
        subject="giấy chứng nhận cấp cho tổ chức", period=inh(NINE)),
    fig("tiếp nhận 96.530 hồ sơ", "96.530", 96530, "count", "hồ sơ",
        subject="hồ sơ đăng ký biến động đất đai tiếp nhận", period=NINE2),
    fig("giải quyết 91.218 hồ sơ", "91.218", 91218, "count", "hồ sơ",
        subject="hồ sơ đăng ký biến động đất đai đã giải quyết", period=NINE2),
    fig("là 312 hồ sơ", "312", 312, "count", "hồ sơ", change=chg("decrease", 41, "%", "cùng kỳ"),
        subject="hồ sơ quá hạn", period=NINE2),
    fig("khoảng 7 ngày", "7", 7, "measure", "ngày làm việc", approx="about",
        subject="thời gian giải quyết bình quân một hồ sơ đăng ký biến động", period=inh(NINE2)),
    fig("với 1.326 giấy", "1.326", 1326, "count", "giấy chứng nhận",
        subject="giấy chứng nhận được cấp", period=inh(NINE), location=QL),
    fig("14 tổ công tác", "14", 14, "count", "tổ công tác",
        subject="tổ công tác rà soát hồ sơ tồn đọng", location=QL),
    fig("sau hai đợt", "hai", 2, "count", "đợt", subject="đợt rà soát", location=QL, optional=True),
    fig("cấp 218 giấy", "218", 218, "count", "giấy",
        subject="giấy chứng nhận xã Quỳnh Thạch cấp cho các hộ có đất ở", location=QL),
    fig("gần 18.000 thửa", "18.000", 18000, "count", "thửa", approx="nearly",
        subject="thửa đất đủ điều kiện nhưng chưa được cấp giấy"),
    fig("khoảng 2.500 giấy", "2.500", 2500, "count", "giấy chứng nhận", approx="about", status="target",
        subject="giấy chứng nhận lần đầu cấp thêm", period=Q4),
    fig("trên 98%", "98", 98, "percent", "%", approx="over", status="target",
        subject="tỷ lệ cấp giấy đất ở", period=Q4),
]

NOTES = [
    "Province portal (Nghệ An): first-time land-use right certificates, 9 months 2024. Breadcrumb, 'Cập nhật: 14/10/2024 08:30 | Lượt xem: 2.417'.",
    "Distractors: view counter 2.417, time 08:30, hotline 0238.3598.123, Nghị định số 101/2024/NĐ-CP, date 15/10/1993 (placed last so it",
    "cannot lend its year to 'quý IV'), 'một hồ sơ' (denominator of an average, not a figure).",
    "'đạt 83,2% kế hoạch năm, tăng 9,6%' follow 12.486 giấy directly; the area 1.742,5 ha comes after them.",
    "96.530 received / 91.218 settled: no 'trong đó' or '/' cue, so no total. 'riêng xã Quỳnh Thạch ... 218 giấy': 'riêng' is no total cue.",
    "Commune Quỳnh Thạch lies in Quỳnh Lưu: location Quỳnh Lưu. 'hai đợt' (rounds of review) optional.",
]

if __name__ == "__main__":
    write("p1170-1", TEXT, NOTES, FIGS, published="2024-10-14", location="Nghệ An")
