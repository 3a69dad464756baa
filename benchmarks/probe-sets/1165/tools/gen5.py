"""p1165-5: Party newspaper (Báo Hải Dương), a notary office in TP Chí Linh and the province's half-year results."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """Văn phòng công chứng đưa dịch vụ đến tận nhà người dân

Nằm trên đường Trần Hưng Đạo, phường Sao Đỏ, TP Chí Linh, Văn phòng công chứng Côn Sơn hiện có ba công chứng viên và 11 nhân viên nghiệp vụ. Mỗi ngày văn phòng tiếp nhận khoảng 60 hồ sơ, dịp cuối năm có ngày lên tới hơn 100 hồ sơ.

Năm 2023, văn phòng công chứng 9.846 việc, nộp thuế hơn 1,2 tỷ đồng. Đáng chú ý, văn phòng đã 326 lần cử công chứng viên đến tận nhà công chứng di chúc, văn bản thừa kế cho người già yếu, bệnh nặng không thể đi lại. "Có hôm chúng tôi phải đi gần 30 km lên các thôn vùng đồi của xã Lê Lợi", công chứng viên Phạm Thị Thu cho biết.

Theo Sở Tư pháp, đến hết tháng 6/2024, tỉnh Hải Dương có 27 tổ chức hành nghề công chứng với 52 công chứng viên. 6 tháng đầu năm, các tổ chức này công chứng 30.774 việc, bằng 51,6% số việc của cả năm 2023; thu phí công chứng 16,8 tỷ đồng. Số hợp đồng thế chấp chiếm gần 40%, hợp đồng chuyển nhượng quyền sử dụng đất chiếm khoảng 35%.

Để hạn chế rủi ro giả mạo giấy tờ, hiện 100% tổ chức hành nghề công chứng trong tỉnh đã kết nối với cơ sở dữ liệu công chứng dùng chung, đưa vào vận hành từ tháng 3/2024. Năm 2024, Sở Tư pháp phấn đấu số việc công chứng đạt trên 62.000 việc và tổ chức ít nhất 2 lớp bồi dưỡng nghiệp vụ cho công chứng viên.

THANH HUYỀN

15/07/2024
"""

Y23 = per("Năm 2023", "2023-01-01", "2023-12-31")
ASOF = per("đến hết tháng 6/2024", None, "2024-06-30")
H1 = per("6 tháng đầu năm", "2024-01-01", "2024-06-30")
Y24 = per("Năm 2024", "2024-01-01", "2024-12-31")
CL = "Chí Linh"

FIGS = [
    fig("hiện có ba công chứng viên", "ba", 3, "count", "công chứng viên",
        subject="công chứng viên của Văn phòng công chứng Côn Sơn", location=CL),
    fig("và 11 nhân viên", "11", 11, "count", "nhân viên nghiệp vụ",
        subject="nhân viên nghiệp vụ của Văn phòng công chứng Côn Sơn", location=CL),
    fig("khoảng 60 hồ sơ", "60", 60, "measure", "hồ sơ/ngày", approx="about",
        subject="hồ sơ văn phòng tiếp nhận mỗi ngày", location=CL),
    fig("hơn 100 hồ sơ", "100", 100, "measure", "hồ sơ/ngày", approx="over",
        subject="hồ sơ văn phòng tiếp nhận mỗi ngày dịp cuối năm", location=CL),
    fig("công chứng 9.846 việc", "9.846", 9846, "count", "việc",
        subject="việc công chứng của văn phòng", period=Y23, location=CL),
    fig("hơn 1,2 tỷ", "1,2", 1.2e9, "money", "đồng", approx="over",
        subject="thuế văn phòng nộp", period=Y23, location=CL),
    fig("đã 326 lần", "326", 326, "count", "lần",
        subject="lần cử công chứng viên đến tận nhà công chứng", period=inh(Y23), location=CL),
    fig("gần 30 km", "30", 30, "measure", "km", approx="nearly",
        subject="quãng đường công chứng viên phải đi", location=CL),
    fig("có 27 tổ chức", "27", 27, "count", "tổ chức hành nghề công chứng",
        subject="tổ chức hành nghề công chứng", period=ASOF),
    fig("với 52 công chứng viên", "52", 52, "count", "công chứng viên", subject="công chứng viên", period=ASOF),
    fig("công chứng 30.774 việc", "30.774", 30774, "count", "việc", percent=51.6,
        subject="việc công chứng của các tổ chức hành nghề công chứng", period=H1),
    fig("phí công chứng 16,8 tỷ", "16,8", 16.8e9, "money", "đồng", subject="phí công chứng", period=H1),
    fig("chiếm gần 40%", "40", 40, "percent", "%", approx="nearly",
        subject="tỷ lệ hợp đồng thế chấp trong số việc công chứng", period=inh(H1)),
    fig("chiếm khoảng 35%", "35", 35, "percent", "%", approx="about",
        subject="tỷ lệ hợp đồng chuyển nhượng quyền sử dụng đất trong số việc công chứng", period=inh(H1)),
    fig("100% tổ chức", "100", 100, "percent", "%",
        subject="tổ chức hành nghề công chứng đã kết nối với cơ sở dữ liệu công chứng dùng chung"),
    fig("trên 62.000 việc", "62.000", 62000, "count", "việc", approx="over", status="target",
        subject="số việc công chứng", period=Y24),
    fig("ít nhất 2 lớp", "2", 2, "count", "lớp", approx="at_least", status="target",
        subject="lớp bồi dưỡng nghiệp vụ cho công chứng viên", period=Y24),
]

NOTES = [
    "Party newspaper (Báo Hải Dương): byline THANH HUYỀN and bare date 15/07/2024 at the end. Default location Hải Dương.",
    "Office portrait: Văn phòng công chứng Côn Sơn in TP Chí Linh; its figures keep location Chí Linh in the following sentences.",
    "Per-day intake = rate (hồ sơ/ngày). 'gần 30 km' a distance (measure). 'ba' is a number word.",
    "Distractors: 'đường Trần Hưng Đạo', 'phường Sao Đỏ', 'xã Lê Lợi', 'tháng 6/2024' and 'tháng 3/2024' (dates).",
    "'bằng 51,6% số việc của cả năm 2023' is a share (percent attribute). 'hiện 100%' has no period ('từ tháng 3/2024' dates the database).",
]

if __name__ == "__main__":
    write("p1165-5", TEXT, NOTES, FIGS, published="2024-07-15", location="Hải Dương")
