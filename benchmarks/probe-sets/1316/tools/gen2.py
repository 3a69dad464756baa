"""p1316-2: district portal (huyện Yên Phong, Bắc Ninh): drink-driving checks during Tết Giáp Thìn 2024."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """CỔNG THÔNG TIN ĐIỆN TỬ HUYỆN YÊN PHONG - TỈNH BẮC NINH
Trang chủ | Giới thiệu | Tin tức - Sự kiện | Chính quyền | Thủ tục hành chính

Công an huyện xử lý 214 trường hợp vi phạm nồng độ cồn dịp Tết

22/02/2024 - 15:10

Từ ngày 01/02 đến ngày 15/02/2024, Đội Cảnh sát giao thông - Trật tự Công an huyện Yên Phong đã tổ chức 46 ca tuần tra, kiểm soát, trong đó có 31 ca chuyên đề kiểm tra nồng độ cồn vào ban đêm. Qua kiểm tra, tổ công tác phát hiện, lập biên bản 214 trường hợp vi phạm nồng độ cồn, gấp hai lần dịp Tết Quý Mão 2023; phạt tiền gần 1,3 tỷ đồng; tạm giữ 198 xe mô tô và 9 xe ô tô; tước giấy phép lái xe 176 trường hợp.

Điển hình, đêm mùng 1 Tết, tại Km 12+500 đường tỉnh 286 thuộc địa phận xã Đông Phong, tổ công tác phát hiện anh N.V.H. (sinh năm 1989, trú tại thôn Phú Mẫn) điều khiển xe ô tô biển kiểm soát 99A-612.xx có nồng độ cồn 0,852 miligam/1 lít khí thở. Người vi phạm bị phạt 35 triệu đồng, tước giấy phép lái xe 23 tháng, tạm giữ phương tiện 7 ngày.

Dịp này, Công an huyện phối hợp với 14 xã, thị trấn tổ chức tuyên truyền tại 126 thôn, khu phố với khoảng 3.500 lượt người tham dự; phát hai nghìn tờ rơi "Đã uống rượu, bia thì không lái xe".

Năm 2024, Công an huyện đặt mục tiêu kéo giảm từ 5-10% số vụ tai nạn giao thông so với năm 2023, không để xảy ra tai nạn giao thông đặc biệt nghiêm trọng.

Tin khác:
- Huyện Yên Phong tổng kết công tác năm 2023, triển khai nhiệm vụ năm 2024
- Thị trấn Chờ ra mắt mô hình "Camera an ninh"

Địa chỉ: Số 1 đường Lý Thái Tổ, thị trấn Chờ, huyện Yên Phong, tỉnh Bắc Ninh
Điện thoại: 0222.3860.112
"""

TET = per("Từ ngày 01/02 đến ngày 15/02/2024", "2024-02-01", "2024-02-15")
Y24 = per("Năm 2024", "2024-01-01", "2024-12-31")

FIGS = [
    fig("xử lý 214 trường hợp", "214", 214, "count", "trường hợp",
        subject="trường hợp vi phạm nồng độ cồn Công an huyện xử lý dịp Tết"),
    fig("tổ chức 46 ca", "46", 46, "count", "ca", subject="ca tuần tra, kiểm soát", period=TET),
    fig("có 31 ca", "31", 31, "count", "ca", total=46,
        subject="ca chuyên đề kiểm tra nồng độ cồn vào ban đêm", period=TET),
    fig("lập biên bản 214 trường hợp", "214", 214, "count", "trường hợp",
        change=chg("increase", 2, "lần", "dịp Tết Quý Mão 2023"),
        subject="trường hợp vi phạm nồng độ cồn được phát hiện, lập biên bản", period=inh(TET)),
    fig("gần 1,3 tỷ", "1,3", 1.3e9, "money", "đồng", approx="nearly",
        subject="tiền phạt", period=inh(TET)),
    fig("198 xe mô tô", "198", 198, "count", "xe mô tô", subject="xe mô tô bị tạm giữ", period=inh(TET)),
    fig("9 xe ô tô", "9", 9, "count", "xe ô tô", subject="xe ô tô bị tạm giữ", period=inh(TET)),
    fig("lái xe 176 trường hợp", "176", 176, "count", "trường hợp",
        subject="trường hợp bị tước giấy phép lái xe", period=inh(TET)),
    fig("cồn 0,852 miligam", "0,852", 0.852, "measure", "miligam/1 lít khí thở",
        subject="nồng độ cồn của người điều khiển xe ô tô"),
    fig("phạt 35 triệu", "35", 35e6, "money", "đồng", subject="tiền phạt người vi phạm"),
    fig("xe 23 tháng", "23", 23, "measure", "tháng", subject="thời hạn tước giấy phép lái xe"),
    fig("phương tiện 7 ngày", "7", 7, "measure", "ngày", subject="thời hạn tạm giữ phương tiện"),
    fig("với 14 xã", "14", 14, "count", "xã, thị trấn", subject="xã, thị trấn phối hợp tuyên truyền"),
    fig("tại 126 thôn", "126", 126, "count", "thôn, khu phố", subject="thôn, khu phố được tuyên truyền"),
    fig("khoảng 3.500 lượt", "3.500", 3500, "count", "lượt người", approx="about",
        subject="lượt người tham dự tuyên truyền"),
    fig("phát hai nghìn tờ rơi", "hai", 2000, "count", "tờ rơi", subject="tờ rơi được phát"),
    fig("từ 5-10%", "5", 5, "percent", "%", value_max=10, status="target",
        subject="mức kéo giảm số vụ tai nạn giao thông", period=Y24),
]

NOTES = [
    "District portal (huyện Yên Phong, Bắc Ninh): banner with the district, '22/02/2024 - 15:10' under the headline, 'Tin khác', address footer.",
    "Distractors: 15:10, 'mùng 1 Tết', 'Km 12+500', 'đường tỉnh 286', 'sinh năm 1989', plate '99A-612.xx', 'Số 1 đường Lý Thái Tổ', phone, years in links.",
    "'gấp hai lần dịp Tết Quý Mão 2023' after 214 cases is its change (2 lần). The headline 214 and '0,852 ... 7 ngày' have no dated period.",
    "'trong đó có 31 ca' takes total 46. Penalty durations (23 tháng, 7 ngày) are amounts, not time locators: measure figures.",
    "'đặt mục tiêu kéo giảm từ 5-10%' → target range; no change object (a rate that is itself the claim).",
]

if __name__ == "__main__":
    write("p1316-2", TEXT, NOTES, FIGS, published="2024-02-22", location="Yên Phong")
